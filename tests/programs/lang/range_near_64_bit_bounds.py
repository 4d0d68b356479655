# Ranges whose bounds span the whole 64-bit range (length, items, membership,
# reversal, iteration), and membership of values that are not ints.
r = range(-2**63, 2**63 - 1, 2**62)
print(len(r), list(r), r[3], 2**62 in r, r.index(0), list(reversed(r))[:2])
print(len(range(2**63 - 1, -2**63, -2**62)), list(range(2**63 - 1, -2**63, -2**62)))
for i in range(2**63 - 3, 2**63 - 1):
    print(i)
print(2.0 in range(5), 2.5 in range(5), True in range(3), 10**30 in range(5), range(10).count(3.0), range(0, 10, 2).index(4.0))
# expect: 4 [-9223372036854775808, -4611686018427387904, 0, 4611686018427387904] 4611686018427387904 True 2 [4611686018427387904, 0]
# expect: 4 [9223372036854775807, 4611686018427387903, -1, -4611686018427387905]
# expect: 9223372036854775805
# expect: 9223372036854775806
# expect: True False True False 1 2
