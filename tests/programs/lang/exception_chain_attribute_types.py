import traceback
e = ValueError("v")
for attr, val in [("__cause__", 5), ("__context__", "x"), ("__cause__", ValueError), ("__suppress_context__", "x")]:
    try:
        setattr(e, attr, val)
    except TypeError as err:
        print(attr, err)
e.__cause__ = KeyError("k")
e.__context__ = None
e.__suppress_context__ = False
print(repr(e.__cause__), e.__context__, e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
# expect: __cause__ exception cause must be None or derive from BaseException
# expect: __context__ exception context must be None or derive from BaseException
# expect: __cause__ exception cause must be None or derive from BaseException
# expect: __suppress_context__ attribute value type must be bool
# expect: KeyError('k') None False
# expect: None True
# expect: exception causes must derive from BaseException
