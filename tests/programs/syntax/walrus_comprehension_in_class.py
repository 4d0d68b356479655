# A walrus in a comprehension in a class body.
# expect error: SyntaxError: assignment expression within a comprehension cannot be used in a class body
# expect error: line 5
class C:
    y = [(z := x) for x in range(3)]
