# The heapq, bisect, string and copy modules: heap layouts as CPython's, searches
# and insertion, the string constants, shallow and deep copies (shared and cyclic).
import heapq
import bisect
import string
import copy
from heapq import heappush, heappop, heapify

h = []
for v in [5, 1, 8, 3, 2, 9, 1]:
    heappush(h, v)
print(h, [heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapify(data)
print(data, heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=True)))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "read"))
heappush(tasks, (3, "exit"))
print([heappop(tasks)[1] for _ in range(3)])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 9))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a, bisect.bisect_right([("a", 1), ("c", 3)], "b", key=lambda p: p[0]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.hexdigits)
print(string.capwords("hello   world  again"), string.capwords("a-b-c", "-"), len(string.printable))


class Box:
    def __init__(self, items, label):
        self.items = items
        self.label = label


b = Box([1, [2, 3]], "x")
s = copy.copy(b)
d = copy.deepcopy(b)
b.items[1].append(4)
print(s.items, d.items, s is b, d.label, type(d).__name__)
nested = {"a": [1, 2], "b": ({"c": 3},)}
dn = copy.deepcopy(nested)
dn["a"].append(9)
print(nested, dn, copy.copy([1, [2]])[1] is [1, [2]][1])
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
# expect: [3, 5, 8, 9] [1, 1, 2] [3, 5, 8, 9]
# expect: [2, 4, 5, 9, 8, 7] 1 0 [2, 4, 5, 9, 8, 7]
# expect: [9, 7, 4] ['a', 'bb']
# expect: [1, 2, 3, 4, 5, 6, 7, 9] ['c', 'b', 'a']
# expect: ['read', 'write', 'exit']
# expect: 1 3 3 5
# expect: [1, 3, 3, 3, 4, 5, 8] 1
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c' 0123456789abcdefABCDEF
# expect: Hello World Again A-B-C 100
# expect: [1, [2, 3, 4]] [1, [2, 3]] False x Box
# expect: {'a': [1, 2], 'b': ({'c': 3},)} {'a': [1, 2, 9], 'b': ({'c': 3},)} False
# expect: True False
# expect: True False
