# Or-pattern alternatives must bind the same names.
# expect error: SyntaxError: alternative patterns bind different names
# expect error: line 5
match 1:
    case (1, a) | (2, b):
        pass
