# except* splits exception groups among its clauses and re-raises the rest.
try:
    raise ValueError("v")
except* ValueError as e:
    print(repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("V", repr(e))
except* (TypeError, KeyError) as e:
    print("TK", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
except* TypeError as rest:
    print("outer", repr(rest))
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as k:
    print("naked re-raised", repr(k))
# expect: ExceptionGroup('', (ValueError('v'),))
# expect: V ExceptionGroup('eg', [ValueError(1)])
# expect: TK ExceptionGroup('eg', [TypeError(2), KeyError(3)])
# expect: handled V
# expect: outer ExceptionGroup('eg', [TypeError(2)])
# expect: naked re-raised KeyError('k')
