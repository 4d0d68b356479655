# Ints and floats compare exactly, past 2**53 and against infinities, as CPython does.
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 == float("inf"), 10**400 < float("inf"))
print(-10**400 < float("-inf"), 2**63 == 2.0**63, 2**63 + 1 > 2.0**63, 3 < 3.5, 4 > 3.5, -3 > -3.5)
print(True == 1.0, 5 == 5.0, (2**60 + 1) > 1.152921504606847e18, 7 < float("nan"), 7 != float("nan"))
print(sorted([2**53 + 1, 2.0**53, 2**53 - 1]), max(10**20, 1e20), 10**20 == 1e20)
# expect: False True False True
# expect: False True True True True True
# expect: True True True False True
# expect: [9007199254740991, 9007199254740992.0, 9007199254740993] 100000000000000000000 True
