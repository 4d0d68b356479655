# methods of bytes (and bytearray, which returns bytearrays).
s = b'abcabc'
print(s.find(b'c'), s.find(b'c', 3), s.find(99), s.find(b'z'), s.rfind(b'c'), s.rfind(b'c', 0, 4), s.find(b'', 10))
# expect: 2 5 2 -1 5 2 -1
print(s.index(b'b'), s.rindex(98), s.count(b'bc'), s.count(97, 1), s.count(b''), s.count(b'a', None, 3))
# expect: 1 4 2 1 7 1
print(b'a b  c'.split(), b'  a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1), b''.split())
# expect: [b'a', b'b', b'c'] [b'a', b'b  c  '] [b'  a b', b'c'] []
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b'a,b'.split(sep=b',', maxsplit=0), b'a::b'.split(b'::'))
# expect: [b'a', b'b', b'', b'c'] [b'a,b,', b'c'] [b'a,b'] [b'a', b'b']
print(bytearray(b'a,b').split(b','), b'ab\ncd\r\nef\rg'.splitlines(), b'a\nb\n'.splitlines(True))
# expect: [bytearray(b'a'), bytearray(b'b')] [b'ab', b'cd', b'ef', b'g'] [b'a\n', b'b\n']
print(b'xxaxx'.strip(b'x'), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'), b' \t a \n'.strip(), b'ab'.strip(None))
# expect: b'a' b'axx' b'xxa' b'a' b'ab'
print(s.startswith(b'ab'), s.startswith((b'x', b'ca'), 2), s.endswith(bytearray(b'bc')), s.endswith(b'b', 0, 2), s.startswith(b'', 6))
# expect: True True True True True
print(b'-'.join([b'a', bytearray(b'b'), b'c']), bytearray(b', ').join([b'x', b'y']), b''.join([]), b'.'.join(b'ab' for _ in range(2)))
# expect: b'a-b-c' bytearray(b'x, y') b'' b'ab.ab'
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
# expect: b'bbb' b'bba' b'-a-b-c-' b'abc'
print(b'Hello World 1'.upper(), b'Hello World 1'.lower(), b'hELLO wORLD'.swapcase(), b'hELLO wORLD'.capitalize(), b'hello world'.title())
# expect: b'HELLO WORLD 1' b'hello world 1' b'Hello World' b'Hello world' b'Hello World'
print(b'12'.isdigit(), b''.isdigit(), b'1a'.isdigit(), b'ab'.isalpha(), b'\xe9'.isalpha(), b' \t\n'.isspace(), b''.isspace(), b'a1'.isalnum())
# expect: True False False True False True False True
print(b'abc'.islower(), b'ABC'.isupper(), b'1'.islower(), b''.isascii(), b'\x80'.isascii())
# expect: True True False True False
print(b'\x00\x01\xff'.hex(), b'\x00\x01\xff'.hex(':'), b'abcd'.hex(b'-', 2), b'abcde'.hex(' ', -2), b'abc'.hex(':', 0), b''.hex(':'))
# expect: 0001ff 00:01:ff 6162-6364 6162 6364 65 616263 
print(b'a,b,c'.partition(b','), b'a,b,c'.rpartition(b','), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
# expect: (b'a', b',', b'b,c') (b'a,b', b',', b'c') (b'abc', b'', b'') (b'', b'', b'abc')
print(b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(b'bc'), b'abc'.removeprefix(b'x'))
# expect: b'c' b'a' b'abc'
print(b'abc'.center(7, b'*'), b'abc'.center(6), b'abc'.ljust(5, b'.'), b'abc'.rjust(5), b'-12'.zfill(5), b'7'.zfill(3))
# expect: b'**abc**' b' abc  ' b'abc..' b'  abc' b'-0012' b'007'
ba = bytearray(b'  Mixed Case  ')
print(ba.strip(), ba.upper(), ba.split(), ba.replace(b' ', b''), ba.find(b'C'), ba.hex(' ', 4))
# expect: bytearray(b'Mixed Case') bytearray(b'  MIXED CASE  ') [bytearray(b'Mixed'), bytearray(b'Case')] bytearray(b'MixedCase') 8 2020 4d697865 64204361 73652020
print(b'caf\xc3\xa9'.decode(), bytearray(b'abc').decode('ascii'), b'x'.decode(encoding='latin-1'))
# expect: café abc x
