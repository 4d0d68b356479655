# gen.throw(exc): exc is raised inside the generator, so its context is what the
# generator handles there, not what the caller handles.
def g():
    yield
it = g(); next(it)
try:
    raise OSError("os")
except OSError:
    try:
        it.throw(ValueError("x"))
    except ValueError as e:
        print(repr(e.__context__))

def h():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1

it = h(); next(it)
try:
    it.throw(ValueError("y"))
except ValueError as e:
    print(repr(e.__context__))
# expect: None
# expect: KeyError('inside')
