# The itertools module: every function's results, argument checks and laziness.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)
import operator

print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [k for k, _ in groupby([1, 1, 2, 3, 3])])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "cranberry"]), key=lambda w: w[0])])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])), [list(t) for t in tee([1, 2, 3])], list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations([])))
print(list(combinations("abcd", 2)), list(combinations(range(3), 5)), list(combinations_with_replacement("ab", 2)))
print(list(pairwise("abcd")), list(pairwise("a")))
for bad in (lambda: islice("a", -1), lambda: permutations("a", -1), lambda: product("a", repeat=-1), lambda: list(repeat(1, "x"))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(sum(1 for _ in combinations(range(10), 3)), list(accumulate([3, 1, 4], max)))
# expect: [5, 7, 9, 11] ['a', 'b', 'a', 'b', 'a'] [7, 7, 7]
# expect: [1, 3, 6, 10] [1, 2, 6] [10, 11, 13]
# expect: [1, 2, 'a', 'b', 3] [1, 2, 3]
# expect: ['a', 'c', 'e', 'f'] [3, 1] [1, 2]
# expect: [0, 2, 4] [0, '']
# expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])] [1, 2, 3]
# expect: [('a', 2), ('b', 1), ('c', 2)]
# expect: ['a', 'b'] ['c', 'd'] ['c', 'd', 'e', 'f', 'g'] ['a', 'c', 'e', 'g']
# expect: [32, 9] [[1, 2, 3], [1, 2, 3]] [('a', 'x'), ('b', 'y'), ('-', 'z')]
# expect: [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [(1, 'x'), (1, 'y'), (2, 'x'), (2, 'y')] [()]
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] 24 [()]
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [] [('a', 'a'), ('a', 'b'), ('b', 'b')]
# expect: [('a', 'b'), ('b', 'c'), ('c', 'd')] []
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: r must be non-negative
# expect: ValueError: repeat argument cannot be negative
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: [0, 1, 2] 3
# expect: 120 [3, 3, 4]
