# Nested lists, aliasing, + and *, comprehensions and membership.
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
# expect: [[0, 0, 0], [0, 0, 5], [0, 0, 0]]
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
# expect: [[9, 0], [9, 0]]
a = [1, 2] + [3]
a += [4]
a *= 2
print(a, [0] * 0, [1, [2, [3]]][1][1][0])
# expect: [1, 2, 3, 4, 1, 2, 3, 4] [] 3
print([x * y for x in range(1, 4) for y in range(x) if y % 2 == 0])
# expect: [0, 0, 0, 6]
print([[r[i] for r in grid] for i in range(3)])
# expect: [[0, 0, 0], [0, 0, 0], [0, 5, 0]]
print(3 in a, [2] in [[1], [2]], len(a), min(a), max(a), sum(a))
# expect: True True 8 1 4 20
m = [[1, 2], [3, 4]]
print(m == [[1, 2], [3, 4]], m != [[1, 2]], [1, 2] < [1, 2, 3])
# expect: True True True
r = [1]
r.append(r)
print(r)
# expect: [1, [...]]
