# Small CPython behaviours: a method's attributes come from its function, a
# property's doc from its getter, staticmethod objects are callable, a builtin
# method taken through its class binds, __index__ indexes str, a set looks
# up a set as a frozenset, repeat counts overflow and range indices.
class A:
    def f(self):
        "doc f"
        return 1
    @property
    def p(self):
        "pdoc"
        return 2
a = A()
print(a.f.__doc__, a.f.__qualname__, a.f.__module__, a.f.__name__)
print(A.p.__doc__)
print(staticmethod(len)("abc"))
class S(list):
    push = list.append
s = S()
s.push(1)
print(s)
print("abcd"[True], (1, 2)[False])
class Idx:
    def __index__(self): return 1
print("abcd"[Idx()], [1, 2][Idx()])
print({1} in {1}, frozenset({1}) in {frozenset({1})})
try:
    [1] * 2**70
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    range(3)[2.5]
except TypeError as e:
    print(e)
s2 = {1, 2, frozenset({3})}
s2.discard({3})
print(s2)
try:
    s2.remove({9})
except KeyError as e:
    print("KeyError", e)
print(a.f == a.f, a.f.__func__ is A.f)
# expect: doc f A.f __main__ f
# expect: pdoc
# expect: 3
# expect: [1]
# expect: b 1
# expect: b 2
# expect: False True
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: range indices must be integers or slices, not float
# expect: {1, 2}
# expect: KeyError {9}
# expect: True True
