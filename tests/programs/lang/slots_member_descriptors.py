class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(S.a, type(S.a).__name__)
print(S.a.__get__(s), S.__slots__)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    class T:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(e)
print(hasattr(s, '__dict__'))
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
class U(S):
    pass
u = U(); u.z = 3; print(u.z, u.__dict__)
class V:
    __slots__ = 'name'
v = V(); v.name = 'n'; print(v.name, V.__slots__)
S.a.__set__(s, 9); print(s.a)
print(repr(S.a))
print(getattr(S, "".join(["a"])))
# expect: <member 'a' of 'S' objects> member_descriptor
# expect: 1 ('a', 'b')
# expect: 'S' object has no attribute 'b'
# expect: 'S' object has no attribute 'c'
# expect: 'x' in __slots__ conflicts with class variable
# expect: False
# expect: 'S' object has no attribute 'a'
# expect: 3 {'z': 3}
# expect: n name
# expect: 9
# expect: <member 'a' of 'S' objects>
# expect: <member 'a' of 'S' objects>
