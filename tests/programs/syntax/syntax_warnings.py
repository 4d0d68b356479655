# Valid code that is almost surely a mistake gets CPython's compile-time
# SyntaxWarning on stderr (with the line), before the program runs.
x = 1
print("starts")
if x is 1:
    print("one")
print(x is not "a", x is None, x is [1], x is -1, x == 1 is 2)
assert (x, "always true")
def f():
    return "abc"()
def g():
    return [(1, 2) (3, 4)]
def h():
    return [1, 2] [0, 1], "ab"["x"], (1)[0], [1][0], "ab"[0:1]
print("ends")
# expect: starts
# expect: one
# expect: True False False False False
# expect: ends
# expect exit: 0
# expect error: :5: SyntaxWarning: "is" with a literal. Did you mean "=="?
# expect error: :7: SyntaxWarning: "is not" with a literal. Did you mean "!="?
# expect error: :7: SyntaxWarning: "is" with a literal. Did you mean "=="?
# expect error: :7: SyntaxWarning: "is" with a literal. Did you mean "=="?
# expect error: :8: SyntaxWarning: assertion is always true, perhaps remove parentheses?
# expect error: :10: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?
# expect error: :12: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?
# expect error: :14: SyntaxWarning: list indices must be integers or slices, not tuple; perhaps you missed a comma?
# expect error: :14: SyntaxWarning: str indices must be integers or slices, not str; perhaps you missed a comma?
# expect error: :14: SyntaxWarning: 'int' object is not subscriptable; perhaps you missed a comma?
