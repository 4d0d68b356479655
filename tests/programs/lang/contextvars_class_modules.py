# contextvars' classes live in _contextvars, as CPython's C ones (their reprs say so).
import contextvars
ctx = contextvars.copy_context()
var = contextvars.ContextVar("x")
token = var.set(1)
for obj in (contextvars.Context, contextvars.ContextVar, contextvars.Token, type(contextvars.Token.MISSING)):
    print(obj.__module__, obj.__name__, obj)
print(repr(ctx).split(" at ")[0], repr(token).split(" var=")[0])
print(contextvars.Token.MISSING)
# expect: _contextvars Context <class '_contextvars.Context'>
# expect: _contextvars ContextVar <class '_contextvars.ContextVar'>
# expect: _contextvars Token <class '_contextvars.Token'>
# expect: Token MISSING <class 'Token.MISSING'>
# expect: <_contextvars.Context object <Token
# expect: <Token.MISSING>
