# bytearray mutation: item and slice assignment, deletion, the mutating
# methods, in-place operators, and aliasing.
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba)
# expect: bytearray(b'HellO')
ba[1:3] = b'EY'
print(ba)
# expect: bytearray(b'HEYlO')
ba[1:3] = b'-'
print(ba)
# expect: bytearray(b'H-lO')
ba[0:0] = [1, 2]
print(ba)
# expect: bytearray(b'\x01\x02H-lO')
ba[:] = bytearray(b'abcdef')
ba[::2] = b'ACE'
print(ba)
# expect: bytearray(b'AbCdEf')
ba[::-1] = b'uvwxyz'
print(ba)
# expect: bytearray(b'zyxwvu')
ba[2:4] = ba
print(ba, len(ba))
# expect: bytearray(b'zyzyxwvuvu') 10
del ba[0]
del ba[-1]
print(ba)
# expect: bytearray(b'yzyxwvuv')
del ba[::2]
print(ba)
# expect: bytearray(b'zxvv')
del ba[1:]
print(ba)
# expect: bytearray(b'z')
ba = bytearray()
ba.append(97)
ba.extend(b'bc')
ba.extend([100, 101])
ba.extend(bytearray(b'f'))
ba.extend(range(103, 105))
ba.insert(0, 64)
ba.insert(-1, 33)
ba.insert(100, 35)
print(ba, len(ba))
# expect: bytearray(b'@abcdefg!h#') 11
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
# expect: 35 64 33 bytearray(b'abcdefgh')
ba.remove(ord('c'))
ba.reverse()
print(ba)
# expect: bytearray(b'hgfedba')
c = ba.copy()
ba.clear()
print(ba, c, c is ba)
# expect: bytearray(b'') bytearray(b'hgfedba') False
alias = c
c += b'!'
c *= 2
print(alias, alias is c)
# expect: bytearray(b'hgfedba!hgfedba!') True
c2 = bytearray(b'ab')
c2 += bytearray(b'cd')
c2.extend(c2)
print(c2)
# expect: bytearray(b'abcdabcd')
b = b'imm'
b2 = b
b += b'utable'
print(b, b2)
# expect: b'immutable' b'imm'
e = bytearray(b'xyz')
for i in range(len(e)):
    e[i] += 1
print(e, bytes(e))
# expect: bytearray(b'yz{') b'yz{'
for bad in [lambda: ba.pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(98)]:
    try:
        bad()
    except (IndexError, ValueError) as err:
        print(type(err).__name__, err)
# expect: IndexError pop from empty bytearray
# expect: IndexError pop index out of range
# expect: ValueError value not found in bytearray
try:
    hash(bytearray(b'x'))
except TypeError as err:
    print(err)
# expect: unhashable type: 'bytearray'
try:
    {bytearray(b'k'): 1}
except TypeError as err:
    print(err)
# expect: unhashable type: 'bytearray'
q = bytearray(b'abcd')
for key, value in [(9, 1), (0, 256), (0, 'a'), (9, 256)]:
    try:
        q[key] = value
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__, err)
# expect: IndexError bytearray index out of range
# expect: ValueError byte must be in range(0, 256)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError byte must be in range(0, 256)
for key in [4, -5, 'k']:
    try:
        del q[key]
    except (IndexError, TypeError) as err:
        print(type(err).__name__, err)
# expect: IndexError bytearray index out of range
# expect: IndexError bytearray index out of range
# expect: TypeError bytearray indices must be integers or slices, not str
