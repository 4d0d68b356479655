# A runaway recursion whose deepest frame compares objects fails "in comparison", as CPython's generic comparison counts a level.
def f(x):
    if x == "stop":
        return 0
    return f(x)
try:
    f([1])
except RecursionError as e:
    print(e)
def h(n):
    if n == 10 ** 9:
        return 0
    return h(n + 1)
try:
    h(0)
except RecursionError as e:
    print(e)
a = b = []
for i in range(300):
    a, b = [a], [b]
print(a == b)
# expect: maximum recursion depth exceeded in comparison
# expect: maximum recursion depth exceeded
# expect: True
