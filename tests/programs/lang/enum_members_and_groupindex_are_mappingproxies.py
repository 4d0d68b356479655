# An enum's __members__ and a pattern's groupindex are read-only mappingproxies, as in CPython
import enum, re
class C(enum.Enum):
    A = 1
    B = 2
m = C.__members__
print(repr(m), type(m).__name__, list(m), m["A"], len(m), "B" in m)
try:
    m["Z"] = 3
except TypeError as e:
    print("TypeError:", e)
p = re.compile(r"(?P<first>\w+) (?P<second>\w+)")
g = p.groupindex
print(repr(g), g["second"], dict(g))
try:
    g["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(p.match("a b").groupdict())
# expect: mappingproxy({'A': <C.A: 1>, 'B': <C.B: 2>}) mappingproxy ['A', 'B'] C.A 2 True
# expect: TypeError: 'mappingproxy' object does not support item assignment
# expect: mappingproxy({'first': 1, 'second': 2}) 2 {'first': 1, 'second': 2}
# expect: TypeError: 'mappingproxy' object does not support item assignment
# expect: {'first': 'a', 'second': 'b'}
