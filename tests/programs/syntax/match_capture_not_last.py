# A capture pattern before other cases makes them unreachable.
# expect error: SyntaxError: name capture 'a' makes remaining patterns unreachable
# expect error: line 5
match 1:
    case a:
        pass
    case 1:
        pass
