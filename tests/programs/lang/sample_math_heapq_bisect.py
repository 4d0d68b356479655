# A whole program of the kind held-out tests use (math_heapq_bisect), checked against CPython.
import math
import heapq
import bisect
import random

print(math.factorial(30), math.gcd(462, 1071), math.gcd(0, 0), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1))
# expect: 265252859812191058636308480000000 21 0 60 10000000000
print(math.comb(50, 25), math.perm(10, 3), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
# expect: 126410606437752 720 24 1 1.0 0.9999999999999999
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__)
# expect: -3 -2 -2 3 int
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
# expect: 1.4142135623730951 3.141592653589793 2.718281828459045 6.283185307179586 inf True True True
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.pow(2, 10), math.hypot(3, 4))
# expect: 2.0 3.0 10.0 1.0 2.718281828459045 1024.0 5.0
print(round(math.sin(math.pi / 6), 10), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
# expect: 0.5 1.0 0.7853981633974483 180.0 3.141592653589793
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
# expect: -3.0 4.0 -1.0 2 1.0 (0.75, 3.0) (0.5, 4) 8.0
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.dist((0, 0), (3, 4)))
# expect: True True 5.0
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
        # expect: ValueError: math domain error
        # expect: ValueError: math domain error
        # expect: ValueError: factorial() not defined for negative values
        # expect: ValueError: isqrt() argument must be nonnegative
        # expect: OverflowError: math range error
        # expect: TypeError: 'float' object cannot be interpreted as an integer

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h[0])
# expect: 1 [1, 2, 3] 5
data = [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(len(data))])
# expect: [(1, 'a'), (1, 'aa'), (2, 'b'), (3, 'c')]
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
# expect: [9, 7, 4] ['fig', 'pear']
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3])))
# expect: 1 1 [1, 2, 3, 4, 5, 7]
tasks = []
for pri, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    heapq.heappush(tasks, (pri, len(tasks), name))
print([heapq.heappop(tasks)[2] for _ in range(4)])
# expect: ['read', 'eat', 'write', 'sleep']

grades = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
# expect: ['F', 'D', 'C', 'B', 'A', 'A']
arr = [1, 2, 2, 2, 5]
print(bisect.bisect_left(arr, 2), bisect.bisect_right(arr, 2), bisect.bisect_left(arr, 0), bisect.bisect(arr, 9))
# expect: 1 4 0 5
bisect.insort(arr, 3); bisect.insort_left(arr, 2)
print(arr, bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([1, 3, 5], 4, lo=2))
# expect: [1, 2, 2, 2, 2, 3, 5] 1 2
print(bisect.bisect_left(["apple", "fig", "kiwi"], 4, key=len))
# expect: 2

def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]
ps = primes(200)
print(len(ps), ps[-5:], sum(ps))
# expect: 46 [181, 191, 193, 197, 199] 4227
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 3000), key=collatz), collatz(27))
# expect: 2919 111
print(pow(7, 10 ** 18, 10 ** 9 + 7), 2 ** 521 - 1 > 10 ** 156, (2 ** 89 - 1) % 179)
# expect: 259616729 True 177
