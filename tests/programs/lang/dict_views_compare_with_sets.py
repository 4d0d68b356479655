# Keys and items views compare with sets and views as subsets and supersets; ^ keeps CPython's order.
d = {1: 2, 3: 4}
print(d.items() <= {(1, 2), (3, 4)}, d.keys() < {1, 3, 5}, d.keys() >= {1}, d.items() > set(), d.keys() == {1, 3}, d.keys() != {1})
# expect: True True True True True True
print(d.keys() | {9}, d.keys() & {1, 9}, d.keys() - {1}, d.keys() ^ {1, 9}, d.items() & {(1, 2)})
# expect: {1, 3, 9} {1} {3} {9, 3} {(1, 2)}
print({1, 3} == d.keys(), {1} <= d.keys(), d.keys().isdisjoint({7}))
# expect: True True True
