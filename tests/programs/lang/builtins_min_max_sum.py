# min, max (key, default, several arguments), sum (start), any, all.
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("b", "abc", key=len))
# expect: 1 3 e abc
print(min([], default="empty"), max([(1, "b"), (1, "a")]), min([-3, 2], key=abs))
# expect: empty (1, 'b') 2
print(max([1, 5, 5, 2], key=lambda x: x == 5))
# expect: 5
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
# expect: 6 13 0.9999999999999999 [1, 2] 5050
print(any([]), all([]), any([0, 0, 1]), all([1, "a", [0]]), any("") , all([1, 2]))
# expect: False True True True False True
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: min() arg is an empty sequence
try:
    max()
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: max expected at least 1 argument, got 0
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '>' not supported between instances of 'str' and 'int'
