# A wildcard alternative before others in an or-pattern.
# expect error: SyntaxError: wildcard makes remaining patterns unreachable
# expect error: line 5
match 1:
    case _ | 2:
        pass
