# The atexit module of coro: functions registered here run when the main
# program ends (last registered first), before generators left suspended
# are finalized, as in CPython. The VM runs `_handlers` at exit
# (src/run.rs); an error in one is reported and the rest still run.

_handlers = []    # (func, args, kwargs), in registration order


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    # (Called by a program itself; errors are reported as at exit.)
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)
