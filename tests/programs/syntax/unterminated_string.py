# A single-quoted string runs into the end of the line.
# expect error: SyntaxError: unterminated string literal (detected at line 5)
# expect error: line 5
x = 1
s = 'abc
