# except* on a lone exception: a clause whose type it matches catches it
# wrapped in ExceptionGroup('', (exc,)); one no clause matches goes on
# alone; a group that no clause matches goes on as a copy; a clause type
# must be an exception class and not a group.
eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg
    except* KeyError:
        pass
except ExceptionGroup as e:
    print(e is eg, repr(e))
try:
    try:
        raise KeyError(1)
    except* ValueError:
        pass
except KeyError as e:
    print("naked", repr(e))
try:
    try:
        raise KeyError(1)
    except* KeyError as e:
        print(repr(e), repr(e.exceptions))
        raise
except ExceptionGroup as e:
    print("reraised group", repr(e))
except KeyError as e:
    print("reraised naked", repr(e))
for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print("TypeError:", e)
# expect: False ExceptionGroup('x', [ValueError(1), TypeError(2)])
# expect: naked KeyError(1)
# expect: ExceptionGroup('', (KeyError(1),)) (KeyError(1),)
# expect: reraised group ExceptionGroup('', (KeyError(1),))
# expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: TypeError: catching classes that do not inherit from BaseException is not allowed
