# gen.throw(type, value): a value that is already an instance is thrown as is.
def g():
    yield 1
it = g(); next(it)
try:
    it.throw(KeyError, KeyError("kk"))
except KeyError as e:
    print(repr(e))
def g():
    try:
        yield 1
    except Exception as e:
        yield repr(e)
for args in [(KeyError, KeyError("kk")), (KeyError, "plain"), (ValueError,), (ValueError("v"),), (KeyError, None)]:
    it = g(); next(it)
    print(it.throw(*args))
# expect: KeyError('kk')
# expect: KeyError('kk')
# expect: KeyError('plain')
# expect: ValueError()
# expect: ValueError('v')
# expect: KeyError()
