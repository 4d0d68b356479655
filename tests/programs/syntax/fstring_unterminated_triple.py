# A triple-quoted f-string never closed.
# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 4)
# expect error: line 4
x = f'''abc
