# itertools.count and repeat are classes whose reprs show their state;
# operator.methodcaller has CPython's repr; islice's step error names the
# step; Counter.most_common compares n with the size first.
import itertools, operator
from collections import Counter
c = itertools.count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(itertools.count()), repr(itertools.count(1.5, 0.5)), repr(itertools.count(0, 1.0)), repr(itertools.count(3, -2)))
print(type(c).__name__, type(c).__module__, list(zip("abc", itertools.count(10, 5))))
r = itertools.repeat("x", 3)
print(repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(itertools.repeat([1])), repr(itertools.repeat(2, -4)), list(itertools.repeat(2, -4)))
try:
    itertools.count("a")
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(repr(operator.methodcaller("f", 1, k=2)), repr(operator.methodcaller("g")))
for args in [(0, 5, 0), (0, 5, -1), (-1, 5, 0), (0, -1, 0), (1, 2, None)]:
    try:
        print(args, list(itertools.islice(range(10), *args)))
    except ValueError as e:
        print(args, "ValueError:", e)
cnt = Counter("abracadabra")
print(cnt.most_common(2), cnt.most_common(10), cnt.most_common(-1), cnt.most_common(1))
try:
    cnt.most_common("x")
except TypeError as e:
    print("TypeError:", e)
# expect: count(5) 5 6 count(7)
# expect: count(0) count(1.5, 0.5) count(0, 1.0) count(3, -2)
# expect: count itertools [('a', 10), ('b', 15), ('c', 20)]
# expect: repeat('x', 3) x repeat('x', 2) 2 ['x', 'x'] repeat('x', 0)
# expect: repeat([1]) repeat(2, 0) []
# expect: TypeError: a number is required
# expect: TypeError: len() of unsized object
# expect: operator.methodcaller('f', 1, k=2) operator.methodcaller('g')
# expect: (0, 5, 0) ValueError: Step for islice() must be a positive integer or None.
# expect: (0, 5, -1) ValueError: Step for islice() must be a positive integer or None.
# expect: (-1, 5, 0) ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (0, -1, 0) ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 2, None) [1]
# expect: [('a', 5), ('b', 2)] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)] [] [('a', 5)]
# expect: TypeError: '>=' not supported between instances of 'str' and 'int'
