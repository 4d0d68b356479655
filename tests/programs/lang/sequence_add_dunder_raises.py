# A sequence's __add__ is concatenation: what it cannot concatenate is a TypeError, not NotImplemented.
for v, o in [("a", 1), ([1], (2,)), ((1,), [2]), (b"x", "y"), ("a", "b"), ([1], [2])]:
    try:
        print(type(v).__name__, v.__add__(o))
    except TypeError as e:
        print("TypeError", e)
print((1).__add__("a"), (1.5).__add__("a"))
# expect: TypeError can only concatenate str (not "int") to str
# expect: TypeError can only concatenate list (not "tuple") to list
# expect: TypeError can only concatenate tuple (not "list") to tuple
# expect: TypeError can't concat str to bytes
# expect: str ab
# expect: list [1, 2]
# expect: NotImplemented NotImplemented
