# int(), float() and len() check what __int__, __index__, __float__ and
# __len__ return as CPython does: the wrong type is a TypeError, a strict
# subclass is converted (with a DeprecationWarning), a negative length is a
# ValueError and a huge one an OverflowError; int.from_bytes wants bytes.
class A:
    def __int__(self): return "x"
    def __float__(self): return 1
    def __index__(self): return 2.0
    def __len__(self): return -1


for f in [lambda: int(A()), lambda: float(A()), lambda: len(A()), lambda: [0, 1, 2][A()]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class B:
    def __int__(self): return True


class D(int):
    pass


class E:
    def __int__(self): return D(5)


class F(float):
    pass


class G:
    def __float__(self): return F(2.5)


print(int(B()), type(int(B())).__name__, int(E()), type(int(E())).__name__)
print(float(G()), type(float(G())).__name__)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes([1, 2], 'little'))
for bad in [5, 1.5, True, "ab"]:
    try:
        int.from_bytes(bad, 'big')
    except TypeError as e:
        print(e)


class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n


for n in [3, -1, 2**70, -2**70, True, D(4)]:
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError __int__ returned non-int (type str)
# expect: TypeError A.__float__ returned non-float (type int)
# expect: ValueError __len__() should return >= 0
# expect: TypeError __index__ returned non-int (type float)
# expect: 1 int 5 int
# expect: 2.5 float
# expect: 256 513
# expect: cannot convert 'int' object to bytes
# expect: cannot convert 'float' object to bytes
# expect: cannot convert 'bool' object to bytes
# expect: cannot convert 'str' object to bytes
# expect: 3
# expect: ValueError __len__() should return >= 0
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ValueError __len__() should return >= 0
# expect: 1
# expect: 4
# expect error: DeprecationWarning: __int__ returned non-int (type bool)
# expect error: DeprecationWarning: G.__float__ returned non-float (type F)
# expect exit: 0
