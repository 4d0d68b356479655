# Integer arguments go through __index__: int.to_bytes's length,
# itertools.islice's indices, random's integer arguments.
import itertools, random
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
random.seed(3)
print((10).to_bytes(I(2), 'big'), (10).to_bytes(length=I(3), byteorder='little'))
print(list(itertools.islice('abcdef', I(2))), list(itertools.islice('abcdef', I(1), I(5), I(2))))
print(random.randrange(I(10)), random.randrange(I(1), I(10), I(3)), random.randint(I(1), 6))
for t in [lambda: (10).to_bytes(2.0, 'big'), lambda: (10).to_bytes(-1, 'big'), lambda: list(itertools.islice('ab', 1.5)),
          lambda: list(itertools.islice('ab', 0, 2, 0)), lambda: random.randint(1, I(6))]:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: b'\x00\n' b'\n\x00\x00'
# expect: ['a', 'b'] ['b', 'd']
# expect: 3 7 5
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError length argument must be non-negative
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: TypeError unsupported operand type(s) for +: 'I' and 'int'
