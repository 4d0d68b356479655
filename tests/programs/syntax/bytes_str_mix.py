# Adjacent bytes and str literals cannot be joined.
# expect error: SyntaxError: cannot mix bytes and nonbytes literals
# expect error: line 4
x = b'a' 'b'
