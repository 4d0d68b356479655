# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("ab")
a.insert(0, 0)
a.insert(-1, "x")
a.insert(100, "end")
print(a)
# expect: [0, 3, 1, 2, 4, 5, 6, 'a', 'x', 'b', 'end']
print(a.pop(), a.pop(0), a.pop(-2), a)
# expect: end 0 x [3, 1, 2, 4, 5, 6, 'a', 'b']
a.remove("a")
print(a, a.index(2), a.count(2), a.index(5, 3))
# expect: [3, 1, 2, 4, 5, 6, 'b'] 2 1 4
b = a.copy()
b.reverse()
print(b, a is b, a == list(reversed(b)))
# expect: ['b', 6, 5, 4, 2, 1, 3] False True
b.clear()
print(b, len(a))
# expect: [] 7
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: list.remove(x): x not in list
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: pop from empty list
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: 99 is not in list
