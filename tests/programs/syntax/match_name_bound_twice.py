# A pattern may bind a name once.
# expect error: SyntaxError: multiple assignments to name 'a' in pattern
# expect error: line 5
match 1:
    case [a, {'k': a}]:
        pass
