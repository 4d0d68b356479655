# Library functions that are C code in CPython repr as built-in functions.
import functools, operator, heapq, bisect, itertools
print(functools.reduce, operator.add, operator.itemgetter, heapq.heappush, heapq.nsmallest.__name__, bisect.bisect_left, bisect.insort)
print(repr(functools.cmp_to_key))
# expect: <built-in function reduce> <built-in function add> <class 'operator.itemgetter'> <built-in function heappush> nsmallest <built-in function bisect_left> <built-in function insort_right>
# expect: <built-in function cmp_to_key>
