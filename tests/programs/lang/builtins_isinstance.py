# isinstance and issubclass with classes and tuples of classes.
class A: pass
class B(A): pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (str,))))
# expect: True True False True
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object))
# expect: True False True True True
print(isinstance(None, object), isinstance([], list), isinstance({}, dict), isinstance(1.0, float), isinstance(A, type))
# expect: True True True True True
print(type(1) is int, type(True), type("s"), type(None).__name__, type(type), type(A()))
# expect: True <class 'bool'> <class 'str'> NoneType <class 'type'> <class '__main__.A'>
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: issubclass() arg 1 must be a class
