# A \N escape without braces.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape
# expect error: line 4
s = '\N'
