# A stray closing brace.
# expect error: SyntaxError: unmatched '}'
# expect error: line 4
x = }
