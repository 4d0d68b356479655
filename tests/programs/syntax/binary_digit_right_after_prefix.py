# A digit its base lacks, named as CPython names it.
# expect error: SyntaxError: invalid digit '2' in binary literal
# expect error: line 4
x = 0b2
