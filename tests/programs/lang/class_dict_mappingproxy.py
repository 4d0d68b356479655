# A class's __dict__ (and vars()) is a read-only mappingproxy; item deletion's
# two messages.
class A:
    "doc"
    x = 1

    def f(self):
        return 2


class B(A):
    y = 2


d = B.__dict__
print(type(d).__name__, type(vars(A)).__name__, list(d), "x" in A.__dict__, A.__dict__["x"], d.get("y"), len(d))
print(d, dict(d) == {"__module__": "__main__", "y": 2, "__doc__": None})
print(sorted(k for k in A.__dict__ if not k.startswith("__")), A.__dict__["f"](None))
for attempt in (lambda: d.__setitem__("y", 3), lambda: d.__delitem__("y")):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print(e, A.x)
class C: pass
for obj in [C(), (1,), 5, "ab", None, frozenset(), range(3)]:
    for key in [0, "k"]:
        try:
            del obj[key]
        except TypeError as e:
            print(e)
try:
    del B.__dict__["y"]
except TypeError as e:
    print(e)
# expect: mappingproxy mappingproxy ['__module__', 'y', '__doc__'] True 1 2 3
# expect: {'__module__': '__main__', 'y': 2, '__doc__': None} True
# expect: ['f', 'x'] 2
# expect: AttributeError
# expect: AttributeError
# expect: 'mappingproxy' object does not support item assignment 1
# expect: 'C' object doesn't support item deletion
# expect: 'C' object does not support item deletion
# expect: 'tuple' object doesn't support item deletion
# expect: 'tuple' object does not support item deletion
# expect: 'int' object does not support item deletion
# expect: 'int' object does not support item deletion
# expect: 'str' object doesn't support item deletion
# expect: 'str' object does not support item deletion
# expect: 'NoneType' object does not support item deletion
# expect: 'NoneType' object does not support item deletion
# expect: 'frozenset' object doesn't support item deletion
# expect: 'frozenset' object does not support item deletion
# expect: 'range' object doesn't support item deletion
# expect: 'range' object does not support item deletion
# expect: 'mappingproxy' object does not support item deletion
