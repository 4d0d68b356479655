# Decimal contexts: templates, flags and traps, the signals raised with CPython's names, classes and messages, localcontext, create_decimal and the context's methods, FloatOperation.
import decimal
from decimal import *

# The current context, templates, flags and traps; signals raised with CPython's names and messages.
print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(type(Decimal(1)), type(Decimal(1)).__name__, Decimal.__module__, type(getcontext()), decimal.MAX_PREC, decimal.MIN_ETINY)
ctx = getcontext()
ctx.clear_flags()
Decimal(1) / 3
Decimal(2).sqrt()
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero], ctx)
print(ctx.traps)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("1/0", lambda: Decimal(1) / 0)
attempt("0/0", lambda: Decimal(0) / 0)
attempt("1%0", lambda: Decimal(1) % 0)
attempt("divmod", lambda: divmod(Decimal(1), 0))
attempt("syntax", lambda: Decimal("1,5"))
attempt("sqrt(-1)", lambda: Decimal(-1).sqrt())
attempt("inf-inf", lambda: Decimal("Inf") - Decimal("Inf"))
attempt("nan<1", lambda: Decimal("NaN") < 1)
attempt("nan==1", lambda: Decimal("NaN") == 1)
attempt("overflow", lambda: Decimal("9E+999999") * 10)
attempt("impossible", lambda: Decimal("1E+40") // 3)
attempt("quantize", lambda: Decimal("123.45").quantize(Decimal("1E-30")))
attempt("round", lambda: round(Decimal("1E+30"), 2))
attempt("float+", lambda: Decimal(1) + 1.5)
attempt("float-arg", lambda: Decimal(1).quantize(0.1))
attempt("None", lambda: Decimal(None))
attempt("tuple", lambda: Decimal((2, (1,), 0)))
attempt("int(nan)", lambda: int(Decimal("NaN")))
attempt("int(inf)", lambda: int(Decimal("-Inf")))
attempt("hash(snan)", lambda: hash(Decimal("sNaN")))
attempt("prec", lambda: Context(prec=0))
attempt("rounding", lambda: Context(rounding="UP"))
attempt("kwarg", lambda: localcontext(precision=3))
attempt("signal key", lambda: ctx.traps[ValueError])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(ConversionSyntax, InvalidOperation), [c.__name__ for c in Underflow.__mro__])
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e.args)
# Without traps, results carry the condition; flags record it.
with localcontext(ExtendedContext) as ext:
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), Decimal("9E+999999") * 10, Decimal("1E-999999") / 10**10, ext)
with localcontext(prec=3, rounding=ROUND_UP, traps=[Inexact]) as local:
    attempt("inexact", lambda: Decimal(1) / 3)
    print(Decimal(1) / 4, local, getcontext() is local)
print(getcontext().prec, getcontext() is ctx)
# Contexts as calculators, create_decimal rounding to their precision; FloatOperation when trapped.
c = Context(prec=6, rounding=ROUND_HALF_UP, Emax=99, Emin=-99, traps=[DivisionByZero])
print(c.create_decimal("3.14159265"), c.create_decimal(1.1), c.divide(1, 7), c.power(2, 0.5 if False else Decimal("0.5")), c.add(Decimal("1E+99"), Decimal("9E+99")), c.flags)
print(c.sqrt(2), c.exp(1), c.quantize(Decimal("2.5"), Decimal(1)), c.to_sci_string(Decimal("1E-10")), c.Etiny(), c.Etop())
ctx.traps[FloatOperation] = True
attempt("float-ctor", lambda: Decimal(0.5))
attempt("float-lt", lambda: Decimal(1) < 0.5)
attempt("float-eq", lambda: Decimal("0.5") == 0.5)
ctx.traps[FloatOperation] = False
setcontext(Context(prec=4))
print(Decimal(2) / 3, getcontext())
setcontext(DefaultContext)
print(getcontext() is DefaultContext, Decimal(2) / 3)
# expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
# expect: Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[])
# expect: <class 'decimal.Decimal'> Decimal decimal <class 'decimal.Context'> 999999999999999999 -1999999999999999997
# expect: True True False Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: {<class 'decimal.InvalidOperation'>:True, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:True, <class 'decimal.Overflow'>:True, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:False, <class 'decimal.Rounded'>:False, <class 'decimal.Clamped'>:False}
# expect: 1/0 DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: 0/0 InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: 1%0 InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: divmod InvalidOperation [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
# expect: syntax InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: sqrt(-1) InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: inf-inf InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: nan<1 InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: nan==1 False
# expect: overflow Overflow [<class 'decimal.Overflow'>]
# expect: impossible InvalidOperation [<class 'decimal.DivisionImpossible'>]
# expect: quantize InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: round InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: float+ TypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'float'
# expect: float-arg TypeError conversion from float to Decimal is not supported
# expect: None TypeError conversion from NoneType to Decimal is not supported
# expect: tuple ValueError sign must be an integer with the value 0 or 1
# expect: int(nan) ValueError cannot convert NaN to integer
# expect: int(inf) OverflowError cannot convert Infinity to integer
# expect: hash(snan) TypeError Cannot hash a signaling NaN value
# expect: prec ValueError valid range for prec is [1, MAX_PREC]
# expect: rounding TypeError valid values for rounding are:
# expect:   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
# expect:    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
# expect:    ROUND_05UP]
# expect: kwarg TypeError 'precision' is an invalid keyword argument for this function
# expect: signal key KeyError 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]'
# expect: True True True ['Underflow', 'Inexact', 'Rounded', 'Subnormal', 'DecimalException', 'ArithmeticError', 'Exception', 'BaseException', 'object']
# expect: caught DivisionByZero ([<class 'decimal.DivisionByZero'>],)
# expect: Infinity NaN NaN Infinity 0E-1000007 Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Clamped, DivisionByZero, InvalidOperation, Inexact, Overflow, Rounded, Subnormal, Underflow], traps=[])
# expect: inexact Inexact [<class 'decimal.Inexact'>]
# expect: 0.25 Context(prec=3, rounding=ROUND_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[InvalidOperation, DivisionByZero, Inexact, Overflow, Rounded], traps=[Inexact]) True
# expect: 28 True
# expect: 3.14159 1.10000 0.142857 1.41421 Infinity {<class 'decimal.InvalidOperation'>:False, <class 'decimal.FloatOperation'>:True, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:True, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:True, <class 'decimal.Rounded'>:True, <class 'decimal.Clamped'>:False}
# expect: 1.41421 2.71828 3 1E-10 -104 94
# expect: float-ctor FloatOperation [<class 'decimal.FloatOperation'>]
# expect: float-lt FloatOperation [<class 'decimal.FloatOperation'>]
# expect: float-eq True
# expect: 0.6667 Context(prec=4, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: False 0.6666666666666666666666666667
