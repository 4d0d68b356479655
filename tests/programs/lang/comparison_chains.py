# Comparison chains evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
# expect: True False True
print(v(1) < v(2) < v(0) < v(5))
# expect: eval 1
# expect: eval 2
# expect: eval 0
# expect: False
one = 1
print(1 == 1.0, one is not None, "a" < "b" <= "b")
# expect: True True True
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1] == [1.0])
# expect: True True True
print(None is None, 2 in [1, 2], 3 not in (1, 2))
# expect: True True True
x = 5
print(0 <= x < 10, 0 < x == 5 != 6)
# expect: True True
print(True == 1, False < True, True + True)
# expect: True True 2
print(float("nan") == float("nan"), 1 < float("inf"))
# expect: False True
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<' not supported between instances of 'list' and 'tuple'
