# slice objects: start, stop, step and indices(), as a custom __getitem__ uses them.
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return Seq([self.items[i] for i in range(start, stop, step)])
        return self.items[key]
    def __repr__(self):
        return f"Seq({self.items})"

s = Seq(list("abcdefg"))
print(s[1:5], s[::-2], s[-3:], s[5:1:-1], s[2])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, slice(5).start, slice(5).stop, slice(None, None, -1).indices(5))
print(slice(-100, 100).indices(7), slice(2, -1, 3).indices(10))
for bad in (lambda: slice(0, 1, 0).indices(3), lambda: slice(1).indices(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# expect: Seq(['b', 'c', 'd', 'e']) Seq(['g', 'e', 'c', 'a']) Seq(['e', 'f', 'g']) Seq(['f', 'e', 'd', 'c']) c
# expect: 1 10 2 None 5 (4, -1, -1)
# expect: (0, 7, 1) (2, 9, 3)
# expect: ValueError: slice step cannot be zero
# expect: ValueError: length should not be negative
