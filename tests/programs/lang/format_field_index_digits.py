# In a format field, only plain digits index: {0[-1]} looks up the key "-1".
print("{0[1]} {0[-1]} {1[+x]}".format({1: "one", "-1": "minus"}, {"+x": 5}))
try:
    print("{0[-1]}".format([1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("{0[99999999999999999999]}".format([1]))
except ValueError as e:
    print("ValueError:", e)
# expect: one minus 5
# expect: TypeError: list indices must be integers or slices, not str
# expect: ValueError: Too many decimal digits in format string
