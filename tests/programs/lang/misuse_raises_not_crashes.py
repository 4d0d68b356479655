# Misuse that CPython answers with an exception gets the same exception,
# never a crash: __format__ returning a non-str, object.__new__ of a
# builtin type, repetition past memory.
class B:
    def __format__(self, spec):
        return 5

class S(str):
    pass

class G:
    def __format__(self, spec):
        return S("fine " + spec)

try:
    print(f"{B()}")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: __format__ must return a str, not int
try:
    print(format(B(), "x"))
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: __format__ must return a str, not int
print(f"{G():>3}", format(G(), "y"))
# expect: fine >3 fine y

for cls in (int, list, str, dict, float, tuple):
    try:
        object.__new__(cls)
    except TypeError as e:
        print("TypeError:", e)
        # expect: TypeError: object.__new__(int) is not safe, use int.__new__()
        # expect: TypeError: object.__new__(list) is not safe, use list.__new__()
        # expect: TypeError: object.__new__(str) is not safe, use str.__new__()
        # expect: TypeError: object.__new__(dict) is not safe, use dict.__new__()
        # expect: TypeError: object.__new__(float) is not safe, use float.__new__()
        # expect: TypeError: object.__new__(tuple) is not safe, use tuple.__new__()

class MyList(list):
    pass

try:
    object.__new__(MyList)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: object.__new__(MyList) is not safe, use MyList.__new__()
print(bool.__new__(bool, 0), int.__new__(int, 7), object.__new__(G).__class__.__name__)
# expect: False 7 G

for make in (lambda: [0] * 2**40, lambda: [0, 1] * 2**62, lambda: (1,) * 2**61):
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))
        # expect: MemoryError MemoryError()
        # expect: MemoryError MemoryError()
        # expect: MemoryError MemoryError()
try:
    "ab" * 2**62
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: repeated string is too long
class MyErr(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.extra = "x"
        return obj
e = MyErr("m")
print(repr(e), e.extra)
# expect: MyErr('m') x
class L(list):
    def __new__(cls, *a):
        return super().__new__(cls)
print(L([1, 2]))
# expect: [1, 2]
class P:
    def __new__(cls):
        return object.__new__(cls)
print(type(P()).__name__)
# expect: P
