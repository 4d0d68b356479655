# A triple-quoted string never closed, several lines on.
# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 7)
# expect error: line 4
s = '''abc

def
ghi
