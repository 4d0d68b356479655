# Sets iterate and print in CPython's hash-table order.
s = {3, 1, 2}
print(s, {10, 2, 33, -5}, set([5, 4, 3, 2, 1]))
s.add(100); s.add(8)
print(s, s.pop(), s)
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b)
print(frozenset([3, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted({"b", "a"}), {(1, 2), (0, 1)}, {1.5, 0.5})
for x in {9, 8, 7}:
    print(x, end=" ")
print()
# expect: {1, 2, 3} {33, 10, 2, -5} {1, 2, 3, 4, 5}
# expect: {2, 3, 100, 8} 1 {2, 3, 100, 8}
# expect: {1, 2, 3, 4, 5, 6} {3, 4} {1, 2} {1, 2, 5, 6}
# expect: frozenset({1, 3}) True
# expect: ['a', 'b'] {(0, 1), (1, 2)} {0.5, 1.5}
# expect: 8 9 7 
