# range's sequence dunders, None.__bool__, str/bytes __mod__/__rmod__, and % taking a list or range as a mapping.
r = range(1, 10, 2)
print(r.__len__(), r.__getitem__(2), r.__getitem__(slice(1, 3)), r.__contains__(5), list(r.__reversed__()), r.__bool__(), range(0).__bool__())
print(list(r.__iter__()), None.__bool__(), type(None).__bool__(None))
print('%s-%s'.__mod__((1, 2)), b'%d'.__mod__(5), bytearray(b'%s').__mod__(b'x'), 'x'.__rmod__('%s!'), 'a'.__rmod__(5))
print('x' % [1], 'x' % range(2), 'x' % {}, '%s' % [1, 2], '%s' % range(3), b'x' % [1], b'x' % {})
for a in [(1,), 5, "s", b"b"]:
    try:
        print('x' % a)
    except TypeError as e:
        print(e)
from collections import deque
# expect: 5 5 range(3, 7, 2) True [9, 7, 5, 3, 1] True False
# expect: [1, 3, 5, 7, 9] False False
# expect: 1-2 b'5' bytearray(b'x') x! NotImplemented
# expect: x x x [1, 2] range(0, 3) b'x' b'x'
# expect: not all arguments converted during string formatting
# expect: not all arguments converted during string formatting
# expect: not all arguments converted during string formatting
# expect: x
