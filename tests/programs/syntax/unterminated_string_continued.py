# A single-quoted string continued by a backslash into the end of file.
# expect error: SyntaxError: unterminated string literal (detected at line 4)
# expect error: line 4
s = 'abc\
