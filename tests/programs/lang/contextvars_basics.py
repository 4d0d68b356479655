import contextvars
from contextvars import ContextVar, copy_context, Context

v = ContextVar("v", default=0)
w = ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w), ctx.get(w, 9), list(ctx.keys()) == [v], list(ctx.values()))

def inside(x):
    v.set(x)
    return v.get()

print(ctx.run(inside, 42), v.get(), ctx[v])
v.reset(t)
print(v.get())
for bad in [lambda: v.reset(t), lambda: w.reset(t)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" ")[-4:])
t2 = v.set(7)
try:
    Context().run(v.reset, t2)
except ValueError as e:
    print("ValueError", str(e).split(" ")[-4:])

def reenter():
    ctx.run(print, "nested")
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
print(list(Context()), Context() == Context(), ctx == ctx.copy())
for bad in [lambda: ContextVar(), lambda: ContextVar(1), lambda: ctx["x"], lambda: ctx[w]]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e if isinstance(e, TypeError) else type(e.args[0]).__name__)
# expect: v 0 dflt
# expect: LookupError ContextVar
# expect: 5 True True <Token.MISSING>
# expect: 5 True False 1 None 9 True [5]
# expect: 42 5 42
# expect: 0
# expect: RuntimeError ['already', 'been', 'used', 'once']
# expect: RuntimeError ['already', 'been', 'used', 'once']
# expect: ValueError ['in', 'a', 'different', 'Context']
# expect: RuntimeError True
# expect: [] True True
# expect: TypeError ContextVar() takes exactly 1 positional argument (0 given)
# expect: TypeError context variable name must be a str
# expect: TypeError a ContextVar key was expected, got 'x'
# expect: KeyError ContextVar
