# A triple-quoted string never closed.
# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 6)
# expect error: line 5
x = 1
s = """abc
def
