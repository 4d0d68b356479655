# A \x escape needs two hex digits.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# expect error: line 4
s = '\x4'
