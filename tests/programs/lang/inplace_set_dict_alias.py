# Set operators with = change the set in place (an alias sees it); d |= x is
# d.update(x); reversed() falls back to __len__ and __getitem__.
a = {1}; b = a; a |= {2}; a &= {1, 2, 3}; a -= {3}; a ^= {4}; print(b, a is b)
d = {"x": 1}; e = d; d |= [("y", 2)]; d |= {"z": 3}; print(e, d is e)
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(S())))
try:
    d |= 5
except TypeError as ex:
    print("TypeError:", ex)
# expect: {1, 2, 4} True
# expect: {'x': 1, 'y': 2, 'z': 3} True
# expect: ['c', 'b', 'a']
# expect: TypeError: 'int' object is not iterable
