# = where a condition goes: CPython suggests == or :=.
# expect error: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# expect error: line 5
x = 0
if x = 1:
    pass
