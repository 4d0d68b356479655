# An f-string runs into the end of the line.
# expect error: SyntaxError: unterminated string literal (detected at line 4)
# expect error: line 4
x = f'abc
