from itertools import permutations, combinations, combinations_with_replacement, product
for n in range(0, 5):
    for r in range(0, 6):
        p = list(permutations(range(n), r))
        c = list(combinations("abcd"[:n], r))
        w = list(combinations_with_replacement(range(n), r))
        print(n, r, len(p), p[:3], p[-2:], len(c), c[:2], len(w), w[-2:])
print(list(permutations("abc")))
print(list(product("ab", repeat=2)), list(product()), list(product([], [1])), list(product([1, 2], "xy", [True])))
print(list(product(range(2), repeat=0)))
it = permutations([1, 2])
print(next(it), next(it), next(it, "end"), next(it, "end"))
for bad in [lambda: permutations([1], -1), lambda: combinations([1], -2), lambda: combinations([1]), lambda: product([1], repeat=-1), lambda: combinations([1], 1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = (x for x in range(3))
print(list(combinations(g, 2)))
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 5)))
for f in (permutations, combinations, combinations_with_replacement):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: 0 0 1 [()] [()] 1 [()] 1 [()]
# expect: 0 1 0 [] [] 0 [] 0 []
# expect: 0 2 0 [] [] 0 [] 0 []
# expect: 0 3 0 [] [] 0 [] 0 []
# expect: 0 4 0 [] [] 0 [] 0 []
# expect: 0 5 0 [] [] 0 [] 0 []
# expect: 1 0 1 [()] [()] 1 [()] 1 [()]
# expect: 1 1 1 [(0,)] [(0,)] 1 [('a',)] 1 [(0,)]
# expect: 1 2 0 [] [] 0 [] 1 [(0, 0)]
# expect: 1 3 0 [] [] 0 [] 1 [(0, 0, 0)]
# expect: 1 4 0 [] [] 0 [] 1 [(0, 0, 0, 0)]
# expect: 1 5 0 [] [] 0 [] 1 [(0, 0, 0, 0, 0)]
# expect: 2 0 1 [()] [()] 1 [()] 1 [()]
# expect: 2 1 2 [(0,), (1,)] [(0,), (1,)] 2 [('a',), ('b',)] 2 [(0,), (1,)]
# expect: 2 2 2 [(0, 1), (1, 0)] [(0, 1), (1, 0)] 1 [('a', 'b')] 3 [(0, 1), (1, 1)]
# expect: 2 3 0 [] [] 0 [] 4 [(0, 1, 1), (1, 1, 1)]
# expect: 2 4 0 [] [] 0 [] 5 [(0, 1, 1, 1), (1, 1, 1, 1)]
# expect: 2 5 0 [] [] 0 [] 6 [(0, 1, 1, 1, 1), (1, 1, 1, 1, 1)]
# expect: 3 0 1 [()] [()] 1 [()] 1 [()]
# expect: 3 1 3 [(0,), (1,), (2,)] [(1,), (2,)] 3 [('a',), ('b',)] 3 [(1,), (2,)]
# expect: 3 2 6 [(0, 1), (0, 2), (1, 0)] [(2, 0), (2, 1)] 3 [('a', 'b'), ('a', 'c')] 6 [(1, 2), (2, 2)]
# expect: 3 3 6 [(0, 1, 2), (0, 2, 1), (1, 0, 2)] [(2, 0, 1), (2, 1, 0)] 1 [('a', 'b', 'c')] 10 [(1, 2, 2), (2, 2, 2)]
# expect: 3 4 0 [] [] 0 [] 15 [(1, 2, 2, 2), (2, 2, 2, 2)]
# expect: 3 5 0 [] [] 0 [] 21 [(1, 2, 2, 2, 2), (2, 2, 2, 2, 2)]
# expect: 4 0 1 [()] [()] 1 [()] 1 [()]
# expect: 4 1 4 [(0,), (1,), (2,)] [(2,), (3,)] 4 [('a',), ('b',)] 4 [(2,), (3,)]
# expect: 4 2 12 [(0, 1), (0, 2), (0, 3)] [(3, 1), (3, 2)] 6 [('a', 'b'), ('a', 'c')] 10 [(2, 3), (3, 3)]
# expect: 4 3 24 [(0, 1, 2), (0, 1, 3), (0, 2, 1)] [(3, 2, 0), (3, 2, 1)] 4 [('a', 'b', 'c'), ('a', 'b', 'd')] 20 [(2, 3, 3), (3, 3, 3)]
# expect: 4 4 24 [(0, 1, 2, 3), (0, 1, 3, 2), (0, 2, 1, 3)] [(3, 2, 0, 1), (3, 2, 1, 0)] 1 [('a', 'b', 'c', 'd')] 35 [(2, 3, 3, 3), (3, 3, 3, 3)]
# expect: 4 5 0 [] [] 0 [] 56 [(2, 3, 3, 3, 3), (3, 3, 3, 3, 3)]
# expect: [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [()] [] [(1, 'x', True), (1, 'y', True), (2, 'x', True), (2, 'y', True)]
# expect: [()]
# expect: (1, 2) (2, 1) end end
# expect: ValueError r must be non-negative
# expect: ValueError r must be non-negative
# expect: TypeError combinations() missing required argument 'r' (pos 2)
# expect: ValueError repeat argument cannot be negative
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: [(0, 1), (0, 2), (1, 2)]
# expect: 5040 15504
# expect: permutations() missing required argument 'iterable' (pos 1)
# expect: combinations() missing required argument 'iterable' (pos 1)
# expect: combinations_with_replacement() missing required argument 'iterable' (pos 1)
