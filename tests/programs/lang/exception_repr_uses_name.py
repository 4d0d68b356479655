# repr() of an exception names its class by __name__, while a traceback
# shows the __qualname__.
def make():
    class LocalError(Exception):
        pass
    return LocalError("x", 2)

e = make()
print(repr(e))
print(type(e).__qualname__)
print(repr(ExceptionGroup("eg", [e])))
# expect: LocalError('x', 2)
# expect: make.<locals>.LocalError
# expect: ExceptionGroup('eg', [LocalError('x', 2)])
