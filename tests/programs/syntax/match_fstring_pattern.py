# An f-string is not a literal pattern.
# expect error: SyntaxError: patterns may only match literals and attribute lookups
# expect error: line 5
match 1:
    case f'x':
        pass
