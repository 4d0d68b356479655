# A digit its base lacks, named as CPython names it.
# expect error: SyntaxError: invalid digit '8' in octal literal
# expect error: line 4
x = 0o_8
