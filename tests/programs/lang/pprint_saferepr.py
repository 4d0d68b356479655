# saferepr, isreadable and isrecursive, and the PrettyPrinter methods of the same names.
import pprint
values = [1, 'text', None, 3.5, [1, (2, 3)], {'a': [1]}, object, print, pprint, (), [], {}, b'x', -0.0]
for v in values:
    print(pprint.isreadable(v), pprint.isrecursive(v))
print(pprint.saferepr({'z': [1, 2], 'a': (3,)}))
pp = pprint.PrettyPrinter(depth=1)
print(pp.isreadable([1, [2]]), pp.pformat([1, [2]]), pp.isrecursive([1, [2]]))
print(pprint.isreadable(float('nan')), pprint.isreadable(float('inf')))
# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: False False
# expect: False False
# expect: False False
# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: {'a': (3,), 'z': [1, 2]}
# expect: True [1, [...]] False
# expect: True True
