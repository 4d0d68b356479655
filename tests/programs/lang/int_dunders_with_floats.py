# An int's own dunders leave floats to the float's (NotImplemented), while
# the operators still mix them; object.__ne__ inverts the type's __eq__;
# bool has its own __new__ and int's refuses to make bools.
print((1).__add__(1.0), (1.0).__add__(1), (1).__radd__(1.0), True.__add__(1))
print((1).__eq__(True), (1).__lt__(2.0), (2.5).__gt__(1), int.__eq__(1, 1.0), int.__eq__(1, 1))
print(1 + 1.0, 1 == 1.0, 2.0 > 1, 1 < 2.5, True + 0.5, 3 - 0.5, 2 * 1.5)
print(object.__ne__(1, 2), object.__ne__(1, 1), object.__ne__("a", "a"), object.__ne__([1], [1]))
print(bool(1), bool.__new__(bool, 0), True.__class__(5), type(True)(0), bool())
for f in [lambda: int.__new__(bool, 1), lambda: bool.__new__(int, 1), lambda: bool.__new__(bool, 1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
# expect: NotImplemented 2.0 NotImplemented 2
# expect: True NotImplemented True NotImplemented True
# expect: 2.0 True True True 1.5 2.5 3.0
# expect: True False False False
# expect: True False True False False
# expect: int.__new__(bool) is not safe, use bool.__new__()
# expect: bool.__new__(int): int is not a subtype of bool
# expect: bool expected at most 1 argument, got 2
