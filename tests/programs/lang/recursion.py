# Recursion, mutual recursion and RecursionError.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
# expect: True True
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
# expect: 265252859812191058636308480000000
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
# expect: RecursionError: maximum recursion depth exceeded
print("still running")
# expect: still running
