# What except* handlers raise is gathered and raised at the end with the
# unmatched rest: new exceptions in an ExceptionGroup beside the re-raised
# and unmatched parts (in the original group's shape), a lone one as it
# is; a handler sees its own part as the exception it handles.
def run(title, f):
    print("--", title)
    try:
        f()
        print("no exception")
    except BaseException as e:
        show(e, 0)


def show(e, depth):
    ctx = e.__context__
    print("  " * depth + repr(e), "context:", repr(ctx) if ctx is not None else None)
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, depth + 1)


def raising_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        pass


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
    except* TypeError:
        raise
    except* ValueError:
        pass


def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise
    except* TypeError as e:
        raise KeyError("new") from e


def naked():
    try:
        raise ValueError("alone")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("alone")
    except* ValueError:
        raise TypeError("instead")


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass


def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handling", repr(sys.exc_info()[1]))
    except* TypeError:
        print("handling", repr(sys.exc_info()[1]))


for name, f in [("raising handler", raising_handler), ("bare re-raise", bare_reraise), ("both", both),
                ("naked", naked), ("naked, new", naked_new), ("all handled", all_handled),
                ("exc_info inside", exc_info_inside)]:
    run(name, f)
# expect: -- raising handler
# expect: ExceptionGroup('', [RuntimeError('from handler'), ExceptionGroup('eg', [KeyError(3)])]) context: None
# expect:   RuntimeError('from handler') context: ExceptionGroup('eg', [ValueError(1)])
# expect:   ExceptionGroup('eg', [KeyError(3)]) context: None
# expect:     KeyError(3) context: None
# expect: -- bare re-raise
# expect: ExceptionGroup('eg', [ExceptionGroup('inner', [TypeError(2), KeyError(3)])]) context: None
# expect:   ExceptionGroup('inner', [TypeError(2), KeyError(3)]) context: None
# expect:     TypeError(2) context: None
# expect:     KeyError(3) context: None
# expect: -- both
# expect: ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [ValueError(1), OSError(3)])]) context: None
# expect:   KeyError('new') context: ExceptionGroup('eg', [TypeError(2)])
# expect:   ExceptionGroup('eg', [ValueError(1), OSError(3)]) context: None
# expect:     ValueError(1) context: None
# expect:     OSError(3) context: None
# expect: -- naked
# expect: ExceptionGroup('', (ValueError('alone'),)) context: None
# expect:   ValueError('alone') context: None
# expect: -- naked, new
# expect: TypeError('instead') context: ExceptionGroup('', (ValueError('alone'),))
# expect: -- all handled
# expect: no exception
# expect: -- exc_info inside
# expect: handling ExceptionGroup('eg', [ValueError(1)])
# expect: handling ExceptionGroup('eg', [TypeError(2)])
# expect: no exception
