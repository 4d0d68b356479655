# collections.UserList: data, list methods, operators, comparisons, slicing keeps the class.
import collections
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence
print(UserDict, UserList, UserString, UserDict.__module__)
l = UserList([3, 1, 2])
print(l, l.data, len(l), l[0], l[1:], type(l[1:]).__name__, isinstance(l, MutableSequence))
l.append(5); l.extend(UserList([7])); l.insert(0, 0); print(l, l.pop(), l.pop(0), l)
l.sort(); print(l); l.reverse(); print(l, l.index(2), l.count(1), 2 in l)
print(l + [9], [9] + l, l + (8,), l * 2, 2 * l, type(l + [9]).__name__)
l += [4]; l *= 2; print(l)
print(l == l.data, l < [9], UserList([1]) <= UserList([1]), l > [], l >= UserList())
l[0] = 10; del l[1]; print(l, l.copy(), list(reversed(l)), sorted(l))
l.remove(10); print(l, max(l), sum(l))
try: l.remove(99)
except ValueError as e: print(e)
print(UserList(), UserList("ab"), UserList(l) == l)
try: hash(l)
except TypeError as e: print(e)
l.clear(); print(l)

# expect: <class 'collections.UserDict'> <class 'collections.UserList'> <class 'collections.UserString'> collections
# expect: [3, 1, 2] [3, 1, 2] 3 3 [1, 2] UserList True
# expect: [3, 1, 2, 5] 7 0 [3, 1, 2, 5]
# expect: [1, 2, 3, 5]
# expect: [5, 3, 2, 1] 2 1 True
# expect: [5, 3, 2, 1, 9] [9, 5, 3, 2, 1] [5, 3, 2, 1, 8] [5, 3, 2, 1, 5, 3, 2, 1] [5, 3, 2, 1, 5, 3, 2, 1] UserList
# expect: [5, 3, 2, 1, 4, 5, 3, 2, 1, 4]
# expect: True True True True True
# expect: [10, 2, 1, 4, 5, 3, 2, 1, 4] [10, 2, 1, 4, 5, 3, 2, 1, 4] [4, 1, 2, 3, 5, 4, 1, 2, 10] [1, 1, 2, 2, 3, 4, 4, 5, 10]
# expect: [2, 1, 4, 5, 3, 2, 1, 4] 5 22
# expect: list.remove(x): x not in list
# expect: [] ['a', 'b'] True
# expect: unhashable type: 'UserList'
# expect: []
