# errors from bytes and bytearray operations, with CPython's messages.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: 'a' + b'b')
# expect: TypeError: can only concatenate str (not "bytes") to str
check(lambda: b'a' + 1)
# expect: TypeError: can't concat int to bytes
check(lambda: bytearray(b'a') + 'x')
# expect: TypeError: can't concat str to bytearray
check(lambda: 1 + b'a')
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'bytes'
check(lambda: b'a' * 'b')
# expect: TypeError: can't multiply sequence by non-int of type 'str'
check(lambda: b'a' * 1.5)
# expect: TypeError: can't multiply sequence by non-int of type 'float'
check(lambda: b'abc'[5])
# expect: IndexError: index out of range
check(lambda: bytearray(b'abc')[-4])
# expect: IndexError: bytearray index out of range
k = 'x'
check(lambda: b'abc'[k])
# expect: TypeError: byte indices must be integers or slices, not str
check(lambda: bytearray(b'abc')[k])
# expect: TypeError: bytearray indices must be integers or slices, not str
check(lambda: 'a' in b'abc')
# expect: TypeError: a bytes-like object is required, not 'str'
check(lambda: 300 in b'abc')
# expect: ValueError: byte must be in range(0, 256)
check(lambda: 1.0 in b'abc')
# expect: TypeError: a bytes-like object is required, not 'float'
check(lambda: b'abc'.find('a'))
# expect: TypeError: argument should be integer or bytes-like object, not 'str'
check(lambda: b'abc'.split('a'))
# expect: TypeError: a bytes-like object is required, not 'str'
check(lambda: b'abc'.split(b''))
# expect: ValueError: empty separator
check(lambda: b'abc'.strip('a'))
# expect: TypeError: a bytes-like object is required, not 'str'
check(lambda: b'abc'.startswith('a'))
# expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
check(lambda: b'abc'.replace('a', b'b'))
# expect: TypeError: a bytes-like object is required, not 'str'
check(lambda: b','.join([b'a', 1]))
# expect: TypeError: sequence item 1: expected a bytes-like object, int found
check(lambda: b'abc' < 'abc')
# expect: TypeError: '<' not supported between instances of 'bytes' and 'str'
check(lambda: b'abc'.index(b'z'))
# expect: ValueError: subsection not found
check(lambda: b'abc'.hex('::'))
# expect: ValueError: sep must be length 1.
check(lambda: b'abc'.center(9, b'**'))
# expect: TypeError: center() argument 2 must be a byte string of length 1, not bytes
check(lambda: bytearray().pop())
# expect: IndexError: pop from empty bytearray
check(lambda: bytearray(b'a').append(256))
# expect: ValueError: byte must be in range(0, 256)
check(lambda: bytearray(b'a').extend(5))
# expect: TypeError: can't extend bytearray with int
check(lambda: b'abc'.decode('utf-8', 'strict', 1))
# expect: TypeError: decode() takes at most 2 arguments (3 given)
def assign():
    b = b'abc'
    b[0] = 1
check(assign)
# expect: TypeError: 'bytes' object does not support item assignment
ba = bytearray(b'abc')
def set_slice(v):
    ba[0:2] = v
check(lambda: set_slice(5))
# expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
check(lambda: set_slice([1, 256]))
# expect: ValueError: byte must be in range(0, 256)
def set_ext():
    ba[::2] = b'xyz'
check(set_ext)
# expect: ValueError: attempt to assign bytes of size 3 to extended slice of size 2
def self_concat():
    x = bytearray(b'ab')
    x += x
check(self_concat)
# expect: BufferError: Existing exports of data: object cannot be re-sized
print(b'total: ' + 'oops')
# expect error: TypeError: can't concat str to bytes
