# Two starred names in one sequence pattern.
# expect error: SyntaxError: multiple starred names in sequence pattern
# expect error: line 5
match 1:
    case [a, *b, *c]:
        pass
