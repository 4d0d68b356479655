# The position in a truncated escape message counts from the literal's start.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape
# expect error: line 4
s = 'abc\x4'
