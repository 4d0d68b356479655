# `for` over ranges: the compiled fast path for rising ranges, falling and
# empty ranges, values past the small-int range and at the end of i64.
s = 0
for i in range(10):
    s += i
print(s)
print([i for i in range(3, 20, 4)], [i for i in range(10, 0, -3)], list(range(0)))
for i in range(2**62 - 2, 2**62 + 2):
    print(i)
for i in range(2**63 - 3, 2**63 - 1, 1):
    print(i)
for i in range(9223372036854775800, 9223372036854775807, 5):
    print(i)
def g():
    for i in range(3):
        yield i
print(list(g()))
r = iter(range(5))
for x in r:
    if x == 2:
        break
print(list(r))
for i in range(-5, -2):
    print(i, end=" ")
print()
# expect: 45
# expect: [3, 7, 11, 15, 19] [10, 7, 4, 1] []
# expect: 4611686018427387902
# expect: 4611686018427387903
# expect: 4611686018427387904
# expect: 4611686018427387905
# expect: 9223372036854775805
# expect: 9223372036854775806
# expect: 9223372036854775800
# expect: 9223372036854775805
# expect: [0, 1, 2]
# expect: [3, 4]
# expect: -5 -4 -3 
