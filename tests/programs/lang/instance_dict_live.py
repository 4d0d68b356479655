# obj.__dict__ is the instance's live attribute dict: updates through it
# show as attributes and the other way round.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
r = Record(name="ann", age=3)
print(r.name, r.age, r.describe())
d = r.__dict__
r.extra = True
print(d, "extra" in d, vars(r) is d)
d["age"] = 4
del d["name"]
print(r.age, hasattr(r, "name"), r.__dict__)
r.name = "bo"
print(r.name, d)
class P:
    def __init__(self):
        self.x = 1
ps = [P() for _ in range(3)]
for i, p in enumerate(ps):
    if i == 1:
        p.__dict__["x"] = 10
    p.x += 1
print([p.x for p in ps], [p.__dict__ for p in ps])
try:
    Record().missing
except AttributeError as e:
    print(e)
# expect: ann 3 name='ann', age=3
# expect: {'name': 'ann', 'age': 3, 'extra': True} True True
# expect: 4 False {'age': 4, 'extra': True}
# expect: bo {'age': 4, 'extra': True, 'name': 'bo'}
# expect: [2, 11, 2] [{'x': 2}, {'x': 11}, {'x': 2}]
# expect: 'Record' object has no attribute 'missing'
