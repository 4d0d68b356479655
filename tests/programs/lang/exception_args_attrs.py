# Exception args, str/repr of builtin exceptions, and KeyError's repr-style str.
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), IndexError(3)]:
    print(repr(e), "|", str(e), "|", e.args)
# expect: ValueError() |  | ()
# expect: ValueError('x') | x | ('x',)
# expect: ValueError('x', 2) | ('x', 2) | ('x', 2)
# expect: KeyError('k') | 'k' | ('k',)
# expect: KeyError() |  | ()
# expect: IndexError(3) | 3 | (3,)
try:
    [1][5]
except IndexError as e:
    print(e.args, type(e) is IndexError)
# expect: ('list index out of range',) True
try:
    int("q")
except Exception as e:
    print(type(e).__name__, e)
# expect: ValueError invalid literal for int() with base 10: 'q'
try:
    None.attr
except AttributeError as e:
    print(e)
# expect: 'NoneType' object has no attribute 'attr'
try:
    "a" + 1
except TypeError as e:
    print(e)
# expect: can only concatenate str (not "int") to str
try:
    1 + "a"
except TypeError as e:
    print(e)
# expect: unsupported operand type(s) for +: 'int' and 'str'
try:
    [] * 1.5
except TypeError as e:
    print(e)
# expect: can't multiply sequence by non-int of type 'float'
try:
    undefined()
except NameError as e:
    print(e)
# expect: name 'undefined' is not defined
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
# expect: 5 (5,)
