# %-formatting of bytes and bytearray formats (PEP 461).
print(b'%s and %s' % (b'a', bytearray(b'b')), b'%b|%5s|%-5b|' % (b'x', b'y', b'z'))
# expect: b'a and b' b'x|    y|z    |'
print(b'%d %i %x %X %o %05.1f %e %g %%' % (1, -2, 255, 255, 8, 3.14159, 1e10, 0.5))
# expect: b'1 -2 ff FF 10 003.1 1.000000e+10 0.5 %'
print(b'%r %a' % ('\xe9', b'x'), b'%c%c' % (65, b'B'), b'%10.3s|' % b'abcdef', b'%*d' % (5, 3))
# expect: b"'\\xe9' b'x'" b'AB' b'       abc|' b'    3'
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, bytearray(b'%d') % 5, b'\xff%s' % b'\xfe', b'100%%' % ())
# expect: b'key=7' bytearray(b'5') b'\xff\xfe' b'100%'
class B:
    def __bytes__(self):
        return b'BB'
print(b'<%s>' % B())
# expect: b'<BB>'
print('%s' % b'abc', 'x' % b'abc')
# expect: b'abc' x
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: b'%c' % 256)
# expect: OverflowError: %c arg not in range(256)
check(lambda: b'%c' % 'a')
# expect: TypeError: %c requires an integer in range(256) or a single byte
check(lambda: b'%s' % 'str')
# expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
check(lambda: b'%s' % 5)
# expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
check(lambda: b'x' % 1)
# expect: TypeError: not all arguments converted during bytes formatting
check(lambda: b'x' % 'abc')
# expect: TypeError: not all arguments converted during bytes formatting
check(lambda: b'%s %s' % (b'a',))
# expect: TypeError: not enough arguments for format string
check(lambda: b'%d' % 'a')
# expect: TypeError: %d format: a real number is required, not str
check(lambda: b'%x' % 1.5)
# expect: TypeError: %x format: an integer is required, not float
check(lambda: b'%(k)s' % {'k': b'v'})
# expect: KeyError: b'k'
check(lambda: b'%z' % 5)
# expect: ValueError: unsupported format character 'z' (0x7a) at index 1
