# A bare raise re-raises the exception being handled.
def risky():
    raise KeyError("missing")
def wrapper():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except KeyError as e:
    print("outer caught", repr(e))
# expect: logging and re-raising
# expect: outer caught KeyError('missing')
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: RuntimeError: No active exception to reraise
def keep():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    keep()
except ValueError as e:
    print("still first:", e)
# expect: still first: first
