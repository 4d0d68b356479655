# A dict or set that changes size while iterated raises RuntimeError
# (was an endless loop); changing values in place is fine.
d = {"a": 1, "b": 2}
def add():
    d["z"] = 0
for name, action in [("add", add), ("del", lambda: d.pop("a"))]:
    try:
        for k in d:
            action()
    except RuntimeError as e:
        print(name, "RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print("items RuntimeError", e)
try:
    for v in d.values():
        del d[1]
except RuntimeError as e:
    print("values RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set RuntimeError", e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d, [k for k in d if d.get(k)])
for k in list(d):
    del d[k]
print(d)
# expect: add RuntimeError dictionary changed size during iteration
# expect: del RuntimeError dictionary changed size during iteration
# expect: items RuntimeError dictionary changed size during iteration
# expect: values RuntimeError dictionary changed size during iteration
# expect: set RuntimeError Set changed size during iteration
# expect: {1: 'aa', 2: 'bb'} [1, 2]
# expect: {}
