# A \u escape needs four hex digits.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
# expect error: line 4
s = '\u12'
