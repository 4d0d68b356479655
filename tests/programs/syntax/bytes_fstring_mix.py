# Adjacent bytes and f-string literals cannot be joined.
# expect error: SyntaxError: cannot mix bytes and nonbytes literals
# expect error: line 5
x = 1
y = b'a' f'{x}'
