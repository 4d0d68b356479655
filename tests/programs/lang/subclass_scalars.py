# Subclasses of str, int and float: accepted where a str or int is, arithmetic giving the base type, overridden operators.
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), len(n), n == 'bob', n + 'x', 'x' + n, f'{n:>5}|', n[0], n.title(), n * 2)
# expect: bob 'bob' BOB! 3 True bobx xbob   bob| b Bob bobbob
print(",".join([n, 'x']), 'o' in n, n.startswith('b'), 'bob'.startswith(n), {n: 1}['bob'], str(n), type(str(n)).__name__)
# expect: bob,x True True True 1 bob str

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), type(Upper('abc')).__name__, Upper('x').lower(), issubclass(Upper, str))
# expect: ABC Upper x True

class Num(int):
    def double(self):
        return self * 2
k = Num(21)
print(k, k.double(), k + 1, 1 + k, k * k, -k, k == 21, hash(k) == hash(21), f'{k:04d}', list(range(Num(3))), k > 3, str(k))
# expect: 21 42 22 22 441 -21 True True 0021 [0, 1, 2] True 21
print(['a', 'b', 'c', 'd'][Num(1)], k // 4, k % 4, k ** 2, abs(Num(-3)), k & 1, k << 1, ~k, bool(Num(0)), int(k), float(k))
# expect: b 5 1 441 3 1 42 -22 False 21 21.0
print(type(k + 1).__name__, Num('7'), Num('ff', 16), '%d' % k, round(k), divmod(k, 4))
# expect: int 7 255 21 21 (5, 1)

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
print(MyInt(1) + 2, 2 + MyInt(1), MyInt(5) - 1, type(MyInt(5) - 1).__name__)
# expect: 103 3 4 int

class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
t = Celsius(21.456)
print(t, [t], t + 1, int(t), f"{t:.2f}", round(t, 1), t > 20, Celsius('1.5'), Celsius())
# expect: 21.5C [21.5C] 22.456 21 21.46 21.5 True 1.5C 0.0C
