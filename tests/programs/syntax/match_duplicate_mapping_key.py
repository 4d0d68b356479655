# A mapping pattern with the same literal key twice.
# expect error: SyntaxError: mapping pattern checks duplicate key ('k')
# expect error: line 5
match 1:
    case {'k': 1, 'k': 2}:
        pass
