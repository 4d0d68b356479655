# Argument-clinic type errors call None "None", other messages "NoneType".
import sys
for f in (lambda: "a".replace(None, "b"), lambda: "a".removeprefix(None), lambda: "a".count(None),
          lambda: "a".encode(None), lambda: bytes.fromhex(None), lambda: format(1, None),
          lambda: (1).to_bytes(1, None), lambda: "a".startswith(None), lambda: "a".partition(None),
          lambda: str(b"a", None), lambda: sys.intern(None), lambda: sys.stdout.write(None),
          lambda: "a".replace(1, "b"), lambda: "a".encode(5)):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: replace() argument 1 must be str, not None
# expect: removeprefix() argument must be str, not None
# expect: must be str, not NoneType
# expect: encode() argument 'encoding' must be str, not None
# expect: fromhex() argument must be str, not None
# expect: format() argument 2 must be str, not None
# expect: to_bytes() argument 'byteorder' must be str, not None
# expect: startswith first arg must be str or a tuple of str, not NoneType
# expect: must be str, not NoneType
# expect: str() argument 'encoding' must be str, not None
# expect: intern() argument must be str, not None
# expect: write() argument must be str, not None
# expect: replace() argument 1 must be str, not int
# expect: encode() argument 'encoding' must be str, not int
