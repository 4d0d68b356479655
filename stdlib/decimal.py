"""Decimal fixed point and floating point arithmetic.

The decimal module of coro, following CPython 3.11, whose decimal is the C
_decimal module over libmpdec (the General Decimal Arithmetic
Specification): the same results, flags, signals and messages.

A Decimal is a sign, an int coefficient and an exponent (or 'F', 'n', 'N'
for an infinity, a quiet NaN and a signaling NaN, as in as_tuple()). Each
operation computes exactly with ints and rounds once, as its context says;
the conditions it meets are added to the context's flags, and the first
trapped one is raised with the list of all trapped ones, as
`decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]`.

exp, ln and log10 are correctly rounded (guard digits are added until the
rounding is certain), as libmpdec's are. Powers repeat libmpdec's recipe:
an integer power multiplies at its working precision, a fractional one is
exp(y * ln(x)) at 23 more digits, so they round as CPython's do.
"""
# native in CPython: *

import contextvars as _contextvars
import math as _math
import numbers as _numbers
import _codegen
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_UP = "ROUND_UP"
ROUND_DOWN = "ROUND_DOWN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_05UP = "ROUND_05UP"

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

# The limits of a 64-bit libmpdec.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# Signals: the exception classes, with CPython's hierarchy.


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The conditions an operation meets, as bits (libmpdec's, in its order, so
# a context's repr lists them as CPython's does). The invalid-operation
# conditions all raise InvalidOperation's flag.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_FLOAT_OPERATION = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_INVALID = _CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED | _INVALID_CONTEXT | _INVALID_OPERATION

# The signals with their bits, in the order of a signal dict; the first
# trapped one in this order is the exception raised.
_SIGNALS = (
    (InvalidOperation, _INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
_SIGNAL_BITS = dict(_SIGNALS)

# The classes the raised exception lists, in CPython's order.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
) + _SIGNALS[1:]

# A context's repr names its flags and traps bit by bit, as libmpdec does:
# InvalidOperation at the first of its conditions.
_REPR_BITS = (
    (_CLAMPED, "Clamped"),
    (_CONVERSION_SYNTAX, "InvalidOperation"),
    (_DIVISION_BY_ZERO, "DivisionByZero"),
    (_DIVISION_IMPOSSIBLE, "InvalidOperation"),
    (_DIVISION_UNDEFINED, "InvalidOperation"),
    (_INEXACT, "Inexact"),
    (_INVALID_CONTEXT, "InvalidOperation"),
    (_INVALID_OPERATION, "InvalidOperation"),
    (_FLOAT_OPERATION, "FloatOperation"),
    (_OVERFLOW, "Overflow"),
    (_ROUNDED, "Rounded"),
    (_SUBNORMAL, "Subnormal"),
    (_UNDERFLOW, "Underflow"),
)

_SIGNALS_MESSAGE = (
    "valid values for signals are:\n"
    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
    "   Clamped]"
)
_ROUNDING_MESSAGE = (
    "valid values for rounding are:\n"
    "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
    "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
    "   ROUND_05UP]"
)


def _done(ctx, result, status):
    # Records the conditions of an operation in ctx's flags, raises the
    # first trapped signal (listing every trapped condition), and returns
    # the result.
    if status:
        ctx._flags._bits |= status
        trapped = status & ctx._traps._bits
        if trapped:
            for cls, bits in _SIGNALS:
                if trapped & bits:
                    raise cls([c for c, bit in _CONDITIONS if trapped & bit])
    return result


def _signal_bits(signals):
    # The bits of a list of signals.
    bits = 0
    for s in signals:
        if s not in _SIGNAL_BITS:
            raise KeyError(_SIGNALS_MESSAGE)
        bits |= _SIGNAL_BITS[s]
    return bits


class _SignalDict(_MutableMapping):
    """A context's flags or traps: each signal mapped to a bool."""

    # CPython makes this class at run time, as abc.SignalDict.
    __module__ = "abc"
    __slots__ = ("_bits",)

    def __init__(self, bits=0):
        self._bits = bits

    def __getitem__(self, key):
        bits = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bits is None:
            raise KeyError(_SIGNALS_MESSAGE)
        return bool(self._bits & bits)

    def __setitem__(self, key, value):
        bits = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bits is None:
            raise KeyError(_SIGNALS_MESSAGE)
        if value:
            self._bits |= bits
        else:
            self._bits &= ~bits

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        return "{" + ", ".join("%r:%s" % (s, bool(self._bits & b)) for s, b in _SIGNALS) + "}"

    def copy(self):
        return {s: bool(self._bits & b) for s, b in _SIGNALS}


_SignalDict.__name__ = _SignalDict.__qualname__ = "SignalDict"


def _dict_bits(value):
    # The bits of a signal dict given as a dict of all nine signals.
    if isinstance(value, _SignalDict):
        return value._bits
    if not isinstance(value, dict):
        raise TypeError("argument must be a signal dict")
    if len(value) != len(_SIGNALS):
        raise KeyError("invalid signal dict")
    bits = 0
    for s, b in _SIGNALS:
        if s not in value:
            raise KeyError("invalid signal dict")
        if value[s]:
            bits |= b
    return bits


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


class Context:
    """The context of arithmetic operations: precision, rounding, exponent
    limits, flags and traps.

    Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
    clamp=None, flags=None, traps=None) starts from DefaultContext.
    """

    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp", "_flags", "_traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None, **unknown):
        for name in unknown:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        t = _template
        if t is None:
            # DefaultContext itself.
            _assign(self, 28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, 0, _INVALID | _DIVISION_BY_ZERO | _OVERFLOW)
        else:
            # As CPython, a new context starts as a copy of DefaultContext,
            # its flags included.
            _assign(self, t._prec, t._rounding, t._Emin, t._Emax, t._capitals, t._clamp, t._flags._bits, t._traps._bits)
        _set_fields(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = int(value)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        self._rounding = _check_rounding(value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = int(value)

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = int(value)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = int(value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = int(value)

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags._bits = _dict_bits(value)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps._bits = _dict_bits(value)

    def __repr__(self):
        def names(bits):
            found = []
            for bit, name in _REPR_BITS:
                if bits & bit and name not in found:
                    found.append(name)
            return ", ".join(found)

        return "Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])" % (
            self._prec,
            self._rounding,
            self._Emin,
            self._Emax,
            self._capitals,
            self._clamp,
            names(self._flags._bits),
            names(self._traps._bits),
        )

    def __reduce__(self):
        flags = [s for s, b in _SIGNALS if self._flags._bits & b]
        traps = [s for s, b in _SIGNALS if self._traps._bits & b]
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp, flags, traps))

    def copy(self):
        """Return a duplicate of the context."""
        return _copy_context(self)

    def __copy__(self):
        return _copy_context(self)

    def clear_flags(self):
        """Reset all flags to False."""
        self._flags._bits = 0

    def clear_traps(self):
        """Set all traps to False."""
        self._traps._bits = 0

    def Etiny(self):
        """Return a value equal to Emin - prec + 1."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """Return a value equal to Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def radix(self):
        """Return 10."""
        return _dec(0, 10, 0)

    def create_decimal(self, num="0"):
        """Create a new Decimal instance from num, using self as the context.
        Unlike the Decimal constructor, this function observes the context
        limits."""
        return _create_decimal(num, self)

    def create_decimal_from_float(self, f):
        """Create a new Decimal instance from float f, rounded to the
        context."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return _done(self, *_fix_any(d, self))

    def _apply(self, a):
        return _done(self, *_fix_any(_convert(a), self))

    def to_sci_string(self, a):
        """Convert a number to a string, using scientific notation."""
        return _to_sci(_convert(a), False, self._capitals)

    def to_eng_string(self, a):
        """Convert a number to a string, using engineering notation."""
        return _to_sci(_convert(a), True, self._capitals)

    def copy_decimal(self, a):
        """Return a copy of a."""
        return _plain(_convert(a))

    def canonical(self, a):
        """Return a (a Decimal)."""
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        """Return True (a must be a Decimal)."""
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def number_class(self, a):
        """Return the class of a as a string."""
        return _convert(a).number_class(self)

    def divmod(self, a, b):
        """Return (a // b, a % b)."""
        q, r, status = _divmod(_convert(a), _convert(b), self)
        _done(self, None, status)
        return q, r

    def power(self, a, b, modulo=None):
        """Return a ** b, or a ** b % modulo when modulo is given."""
        if modulo is None:
            return _done(self, *_power(_convert(a), _convert(b), self))
        return _done(self, *_powmod(_convert(a), _convert(b), _convert(modulo), self))

    def fma(self, a, b, c):
        """Return a * b + c with no rounding of the product."""
        return _done(self, *_fma(_convert(a), _convert(b), _convert(c), self))


def _set_fields(ctx, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
    # Sets the fields that are not None, checking them.
    if prec is not None:
        ctx.prec = prec
    if rounding is not None:
        ctx.rounding = rounding
    if Emin is not None:
        ctx.Emin = Emin
    if Emax is not None:
        ctx.Emax = Emax
    if capitals is not None:
        ctx.capitals = capitals
    if clamp is not None:
        ctx.clamp = clamp
    if traps is not None:
        ctx._traps._bits = _signal_bits(traps) if isinstance(traps, list) else _dict_bits(traps)
    if flags is not None:
        ctx._flags._bits = _signal_bits(flags) if isinstance(flags, list) else _dict_bits(flags)


def _assign(ctx, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
    # Sets all the fields of a context, unchecked (flags and traps as
    # bits).
    ctx._prec, ctx._rounding, ctx._Emin, ctx._Emax = prec, rounding, Emin, Emax
    ctx._capitals, ctx._clamp = capitals, clamp
    ctx._flags = _SignalDict(flags)
    ctx._traps = _SignalDict(traps)


def _copy_context(ctx, flags=None):
    # A copy of ctx, with its flags unless others are given.
    new = object.__new__(Context)
    if flags is None:
        flags = ctx._flags._bits
    _assign(new, ctx._prec, ctx._rounding, ctx._Emin, ctx._Emax, ctx._capitals, ctx._clamp, flags, ctx._traps._bits)
    return new


def _work_context(ctx, prec, rounding):
    # A context with ctx's exponent limits for intermediate results: no
    # clamping, no traps.
    new = object.__new__(Context)
    _assign(new, prec, rounding, ctx._Emin, ctx._Emax, 1, 0, 0, 0)
    return new


def _check_rounding(value):
    if not isinstance(value, str) or value not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MESSAGE)
    return value


# What a new Context copies (DefaultContext, even if the module's name is
# rebound); None while DefaultContext itself is made.
_template = None
DefaultContext = Context()
_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = _contextvars.ContextVar("decimal_context")


def getcontext():
    """Get the current default context."""
    ctx = _current.get(None)
    if ctx is None:
        ctx = _copy_context(_template, 0)
        _current.set(ctx)
    return ctx


def setcontext(context):
    """Set a new default context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    # A template is copied, so that changing the current context leaves it.
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = _copy_context(context, 0)
    _current.set(context)


def _context(context):
    # The context argument of a method: the current context when None.
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


class _ContextManager:
    """What localcontext() returns: sets a copy of a context for a with
    block, and restores the context current before."""

    __slots__ = ("_local", "_saved")

    def __enter__(self):
        setcontext(self._local)
        return self._local

    def __exit__(self, *exc):
        setcontext(self._saved)


_ContextManager.__name__ = _ContextManager.__qualname__ = "ContextManager"


def localcontext(ctx=None, *, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None, **unknown):
    """Return a context manager for a copy of the supplied context (or of
    the current one), with the given fields changed.

    with localcontext() as ctx:
        ctx.prec += 2
        ...
    """
    for name in unknown:
        raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    saved = getcontext()
    if ctx is None:
        ctx = saved
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    manager = object.__new__(_ContextManager)
    manager._local = _copy_context(ctx)
    manager._saved = saved
    _set_fields(manager._local, prec, rounding, Emin, Emax, capitals, clamp, flags, traps)
    return manager


# The number core. A special value's _exp is 'F' (infinity), 'n' (quiet NaN)
# or 'N' (signaling NaN); a NaN's _int is its payload.


def _dec(sign, coeff, exp):
    # A Decimal from its fields, unchecked.
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


def _plain(d):
    # d as an instance of Decimal itself (not a subclass).
    if type(d) is Decimal:
        return d
    return _dec(d._sign, d._int, d._exp)


def _ndigits(n):
    # The number of decimal digits of n >= 0 (0 has one).
    try:
        return len(str(n))
    except ValueError:
        # Past the int-to-str limit: from the bit length, the lower bound
        # or one more.
        d = (n.bit_length() - 1) * 30103 // 100000 + 1
        return d + 1 if n >= 10**d else d


def _int_str(n):
    # str(n) for n >= 0 however long (str() refuses more than 4300
    # digits).
    try:
        return str(n)
    except ValueError:
        half = _ndigits(n) // 2
        high, low = divmod(n, 10**half)
        return _int_str(high) + _int_str(low).zfill(half)


def _str_int(text):
    # int(text) for a string of ASCII digits however long.
    if len(text) <= 4000:
        return int(text)
    half = len(text) // 2
    return _str_int(text[:-half]) * 10**half + _str_int(text[-half:])


def _adjusted(d):
    # The exponent of d's most significant digit (d finite).
    return d._exp + _ndigits(d._int) - 1


def _inf(sign):
    return _dec(sign, 0, "F")


def _shift_round(sign, coeff, drop, rounding):
    # coeff without its last `drop` digits (drop > 0), rounded as
    # `rounding` says for a number of sign `sign`; and whether a nonzero
    # part was dropped.
    if coeff == 0:
        return 0, False
    if drop > 30 and drop > _ndigits(coeff):
        # Everything goes, and what goes is under half a unit.
        q, half = 0, -1
    else:
        unit = 10**drop
        q, r = divmod(coeff, unit)
        if r == 0:
            return q, False
        half = (r + r > unit) - (r + r < unit)
    if rounding == ROUND_HALF_EVEN:
        up = half > 0 or (half == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = half >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = sign
    else:
        # ROUND_05UP: away from zero when the last kept digit is 0 or 5.
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, ctx, rounding):
    # The result of an overflow: an infinity, or the largest finite number
    # when the rounding goes toward zero.
    if rounding in (ROUND_DOWN, ROUND_05UP) or (rounding == ROUND_CEILING and sign) or (rounding == ROUND_FLOOR and not sign):
        return _dec(sign, 10**ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    return _inf(sign)


def _fix(sign, coeff, exp, ctx, rounding=None):
    # The finite number sign, coeff, exp fitted to ctx (rounded to its
    # precision, its exponent range checked) as libmpdec's finalize does:
    # (result, status).
    prec = ctx._prec
    emax = ctx._Emax
    emin = ctx._Emin
    if rounding is None:
        rounding = ctx._rounding
    digits = _ndigits(coeff)
    adj = exp + digits - 1
    if adj > emax:
        if coeff == 0:
            return _dec(sign, 0, emax - prec + 1 if ctx._clamp else emax), _CLAMPED
        return _overflow(sign, ctx, rounding), _OVERFLOW | _INEXACT | _ROUNDED
    if ctx._clamp and exp > emax - prec + 1:
        # Clamping pads the coefficient with zeros (it then fits).
        shift = exp - (emax - prec + 1)
        status = _CLAMPED | _SUBNORMAL if coeff and adj < emin else _CLAMPED
        return _dec(sign, coeff * 10**shift, exp - shift), status
    if adj < emin:
        etiny = emin - prec + 1
        if coeff == 0:
            if exp < etiny:
                return _dec(sign, 0, etiny), _CLAMPED
            return _dec(sign, 0, exp), 0
        status = _SUBNORMAL
        if exp < etiny:
            coeff, inexact = _shift_round(sign, coeff, etiny - exp, rounding)
            exp = etiny
            status |= _ROUNDED
            if inexact:
                status |= _INEXACT | _UNDERFLOW
                if coeff == 0:
                    status |= _CLAMPED
        return _dec(sign, coeff, exp), status
    if digits <= prec:
        return _dec(sign, coeff, exp), 0
    drop = digits - prec
    coeff, inexact = _shift_round(sign, coeff, drop, rounding)
    exp += drop
    status = _ROUNDED | _INEXACT if inexact else _ROUNDED
    if coeff == 10**prec:
        # 99...9 rounded up: one digit more.
        coeff //= 10
        exp += 1
        if exp + prec - 1 > emax:
            return _overflow(sign, ctx, rounding), status | _OVERFLOW | _INEXACT | _ROUNDED
    return _dec(sign, coeff, exp), status


def _fix_nan(d, ctx, kind="n"):
    # A NaN (quiet unless kind says) with d's sign and payload, the
    # payload cut to its last prec - clamp digits.
    payload = d._int
    keep = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > keep:
        payload %= 10**keep
    return _dec(d._sign, payload, kind)


def _fix_any(d, ctx):
    # d fitted to ctx, whatever its kind: (result, status).
    if d._exp == "F":
        return _plain(d), 0
    if d._exp == "n" or d._exp == "N":
        return _fix_nan(d, ctx, d._exp), 0
    return _fix(d._sign, d._int, d._exp, ctx)


def _nan_result(a, b, ctx):
    # The result of an operation on a and b when one is a NaN: the first
    # signaling NaN (quieted, signaling InvalidOperation), else the first
    # quiet one; None when neither is a NaN.
    ea, eb = a._exp, b._exp
    if ea == "N":
        return _fix_nan(a, ctx), _INVALID_OPERATION
    if eb == "N":
        return _fix_nan(b, ctx), _INVALID_OPERATION
    if ea == "n":
        return _fix_nan(a, ctx), 0
    if eb == "n":
        return _fix_nan(b, ctx), 0
    return None


def _nan1(a, ctx):
    # _nan_result for one operand.
    if a._exp == "N":
        return _fix_nan(a, ctx), _INVALID_OPERATION
    if a._exp == "n":
        return _fix_nan(a, ctx), 0
    return None


def _invalid(condition=_INVALID_OPERATION):
    # The quiet NaN an invalid operation returns, with its status.
    return _NAN, condition


def _is_special(d):
    return d._exp.__class__ is str


# Conversions to Decimal.


def _from_int(n):
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, int(n), 0)


def _from_float(f):
    # The exact value of float f.
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isnan(f):
        return _dec(sign, 0, "n")
    if _math.isinf(f):
        return _inf(sign)
    n, d = abs(f).as_integer_ratio()
    # d is a power of two 2**k: n / 2**k == n * 5**k / 10**k.
    k = d.bit_length() - 1
    return _dec(sign, n * 5**k, -k)


def _convert(x):
    # An operand of a method: a Decimal, or an int converted exactly.
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _operand(x):
    # An operand of an operator: a Decimal, an int, or None (the operator
    # then returns NotImplemented).
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return None


def _ascii_numeral(text, relaxed):
    # text with other Unicode digits as ASCII ones and Unicode whitespace
    # as spaces; with relaxed, whitespace around stripped, then underscores
    # dropped (what the constructor accepts). None on a character no
    # numeral has.
    if relaxed:
        text = text.strip().replace("_", "")
    if not text.isascii():
        chars = []
        for ch in text:
            if ch.isascii():
                chars.append(ch)
            elif ch.isspace():
                chars.append(" ")
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        text = "".join(chars)
    return text


def _parse(text, nan_digits):
    # The Decimal an ASCII numeral spells (libmpdec's grammar: sign, then
    # digits with an optional point and exponent, or Inf, Infinity, NaN or
    # sNaN with a payload), or None. A payload longer than nan_digits is
    # refused.
    sign = 0
    if text[:1] in ("+", "-"):
        sign = 1 if text[0] == "-" else 0
        text = text[1:]
    lower = text.lower()
    if lower == "inf" or lower == "infinity":
        return _dec(sign, 0, "F")
    for word, kind in (("nan", "n"), ("snan", "N")):
        if lower.startswith(word):
            payload = lower[len(word) :]
            if payload and not payload.isdigit():
                return None
            payload = _str_int(payload or "0")
            if payload and _ndigits(payload) > nan_digits:
                return None
            return _dec(sign, payload, kind)
    at = lower.find("e")
    exp = 0
    if at >= 0:
        tail = lower[at + 1 :]
        digits = tail[1:] if tail[:1] in ("+", "-") else tail
        if not digits.isdigit():
            return None
        exp = _str_int(digits) * (-1 if tail[:1] == "-" else 1)
        lower = lower[:at]
    point = lower.find(".")
    if point >= 0:
        whole, frac = lower[:point], lower[point + 1 :]
    else:
        whole, frac = lower, ""
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return _dec(sign, _str_int(whole + frac), exp - len(frac))


def _exact_status(d):
    # The status of the constructor's exact conversion: the value must fit
    # libmpdec's widest context.
    if _is_special(d):
        return 0
    if d._int == 0:
        if d._exp > MAX_EMAX or d._exp < MIN_ETINY:
            return _INVALID_OPERATION
        return 0
    if _adjusted(d) > MAX_EMAX or d._exp < MIN_ETINY:
        return _INVALID_OPERATION
    return 0


def _tuple_text(value):
    # The numeral a (sign, digits, exponent) tuple or list stands for.
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    text = []
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        text.append(str(int(digit)))
    text = "".join(text)
    head = "-" if sign else ""
    if exp == "F":
        return head + "Inf"
    if exp == "n":
        return head + "NaN" + text.lstrip("0")
    if exp == "N":
        return head + "sNaN" + text.lstrip("0")
    return head + (text or "0") + "E" + str(int(exp))


def _from_text(text, ctx, exact):
    # The Decimal of a string: exactly (the constructor), or fitted to ctx
    # (create_decimal).
    if exact:
        ascii = _ascii_numeral(text, True)
        d = _parse(ascii, MAX_PREC) if ascii is not None else None
    else:
        ascii = _ascii_numeral(text, False)
        d = _parse(ascii, ctx._prec - ctx._clamp) if ascii is not None else None
    if d is None:
        return _done(ctx, _NAN, _CONVERSION_SYNTAX)
    if exact:
        status = _exact_status(d)
        if status:
            return _done(ctx, _NAN, status)
        return d
    return _done(ctx, *_fix_any(d, ctx))


def _create_decimal(value, ctx):
    # Context.create_decimal(value).
    if isinstance(value, str):
        return _from_text(value, ctx, False)
    if isinstance(value, (tuple, list)):
        return _from_text(_tuple_text(value), ctx, False)
    if isinstance(value, Decimal):
        if _is_special(value) and value._exp != "F" and value._int and _ndigits(value._int) > ctx._prec - ctx._clamp:
            return _done(ctx, _NAN, _CONVERSION_SYNTAX)
        return _done(ctx, *_fix_any(value, ctx))
    if isinstance(value, int):
        return _done(ctx, *_fix(1 if value < 0 else 0, abs(value), 0, ctx))
    if isinstance(value, float):
        _done(ctx, None, _FLOAT_OPERATION)
        return _done(ctx, *_fix_any(_from_float(value), ctx))
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


# Arithmetic. Each operation returns (result, status); _done applies the
# status to the context.


def _add(a, b, ctx, bsign=None):
    # a + b, with b's sign replaced by bsign when given (a - b).
    if bsign is None:
        bsign = b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F":
            if b._exp == "F" and a._sign != bsign:
                return _invalid()
            return _inf(a._sign), 0
        return _inf(bsign), 0
    asign = a._sign
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ea < eb:
        asign, bsign, ca, ea, cb, eb = bsign, asign, cb, eb, ca, ea
    # Now a has the larger exponent. A b far below a's last digit to keep
    # only acts as a sticky digit: it is replaced by 1 (or 0) just below.
    if ea != eb and ca:
        prec = ctx._prec
        da = _ndigits(ca)
        limit = ea - 1 + (0 if da > prec else da - prec - 1)
        if eb + _ndigits(cb) - 1 < limit:
            cb = 1 if cb else 0
            eb = limit
    if ca:
        ca *= 10 ** (ea - eb)
    total = (-ca if asign else ca) + (-cb if bsign else cb)
    if total == 0:
        # An exact zero sum is positive, except when both operands are
        # negative, or their signs differ and the rounding is ROUND_FLOOR.
        if asign == bsign:
            sign = asign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, eb, ctx)
    if total < 0:
        return _fix(1, -total, eb, ctx)
    return _fix(0, total, eb, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if (a._exp != "F" and a._int == 0) or (b._exp != "F" and b._int == 0):
            return _invalid()
        return _inf(sign), 0
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F":
            if b._exp == "F":
                return _invalid()
            return _inf(sign), 0
        # Finite / infinity: a zero at the smallest exponent.
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1), _CLAMPED
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVISION_UNDEFINED)
        return _inf(sign), _DIVISION_BY_ZERO
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx)
    # A quotient of prec + 1 or prec + 2 digits; a nonzero remainder turns
    # a last digit of 0 or 5 into 1 or 6 so that it still rounds right.
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10**shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10**-shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        # Exact: no more trailing zeros than the ideal exponent asks.
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divmod_finite(a, b, ctx):
    # The truncated quotient (exponent 0) and the remainder of finite a and
    # b != 0, unrounded: (q, r, status); NaNs when the quotient has more
    # than prec digits.
    ideal = min(a._exp, b._exp)
    qsign = a._sign ^ b._sign
    if a._int == 0:
        return _dec(qsign, 0, 0), _dec(a._sign, 0, ideal), 0
    diff = _adjusted(a) - _adjusted(b)
    if diff < 0:
        # |a| < |b|.
        return _dec(qsign, 0, 0), _dec(a._sign, a._int * 10 ** (a._exp - ideal), ideal), 0
    if diff > ctx._prec:
        return _NAN, _NAN, _DIVISION_IMPOSSIBLE
    q, r = divmod(a._int * 10 ** (a._exp - ideal), b._int * 10 ** (b._exp - ideal))
    if _ndigits(q) > ctx._prec:
        return _NAN, _NAN, _DIVISION_IMPOSSIBLE
    return _dec(qsign, q, 0), _dec(a._sign, r, ideal), 0


def _divint(a, b, ctx):
    # a // b: the quotient truncated toward zero.
    sign = a._sign ^ b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F":
            if b._exp == "F":
                return _invalid()
            return _inf(sign), 0
        return _dec(sign, 0, 0), 0
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVISION_UNDEFINED)
        return _inf(sign), _DIVISION_BY_ZERO
    q, r, status = _divmod_finite(a, b, ctx)
    if status:
        return q, status
    return _fix(q._sign, q._int, 0, ctx)


def _rem(a, b, ctx):
    # a % b: the sign of a, a - b * (a // b).
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F":
            return _invalid()
        return _fix(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        return _invalid(_DIVISION_UNDEFINED if a._int == 0 else _INVALID_OPERATION)
    q, r, status = _divmod_finite(a, b, ctx)
    if status:
        return r, status
    return _fix(r._sign, r._int, r._exp, ctx)


def _divmod(a, b, ctx):
    # divmod(a, b): (q, r, status).
    sign = a._sign ^ b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan[0], nan[0], nan[1]
        if a._exp == "F":
            q = _NAN if b._exp == "F" else _inf(sign)
            return q, _NAN, _INVALID_OPERATION
        r, status = _fix(a._sign, a._int, a._exp, ctx)
        return _dec(sign, 0, 0), r, status
    if b._int == 0:
        if a._int == 0:
            return _NAN, _NAN, _DIVISION_UNDEFINED
        return _inf(sign), _NAN, _DIVISION_BY_ZERO | _INVALID_OPERATION
    q, r, status = _divmod_finite(a, b, ctx)
    if status:
        return q, r, status
    q, s1 = _fix(q._sign, q._int, 0, ctx)
    r, s2 = _fix(r._sign, r._int, r._exp, ctx)
    return q, r, s1 | s2


def _rem_near(a, b, ctx):
    # a - b * n, n the integer nearest a / b (ties to even).
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F":
            return _invalid()
        return _fix(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        return _invalid(_DIVISION_UNDEFINED if a._int == 0 else _INVALID_OPERATION)
    q, r, status = _divmod_finite(a, b, ctx)
    if status:
        return r, status
    ideal = r._exp
    rem = r._int
    if rem:
        # Past half of |b| (or at half with an odd quotient): the next
        # multiple of b is nearer, and the remainder changes sign.
        bc = b._int * 10 ** (b._exp - ideal)
        qi = q._int
        if 2 * rem > bc or (2 * rem == bc and qi & 1):
            qi += 1
            if _ndigits(qi) > ctx._prec:
                return _invalid(_DIVISION_IMPOSSIBLE)
            return _fix(1 - r._sign, bc - rem, ideal, ctx)
    return _fix(r._sign, rem, ideal, ctx)


def _fma(a, b, c, ctx):
    # a * b + c, the product exact; as libmpdec, an invalid product is the
    # result.
    sign = a._sign ^ b._sign
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan and nan[1]:
            return nan
        if nan:
            product = nan[0]
        elif (a._exp != "F" and a._int == 0) or (b._exp != "F" and b._int == 0):
            return _invalid()
        else:
            product = _inf(sign)
    else:
        product = _dec(sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, ctx)


def _cmp(a, b):
    # -1, 0 or 1 as a < b, a == b, a > b (neither a NaN).
    if a._exp == "F" or b._exp == "F":
        # An infinity as -1 or 1, a number between as 0.
        va = (-1 if a._sign else 1) if a._exp == "F" else 0
        vb = (-1 if b._sign else 1) if b._exp == "F" else 0
        return (va > vb) - (va < vb)
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _cmp_abs(a, b)
    return -c if a._sign else c


def _cmp_abs(a, b):
    # -1, 0 or 1 comparing |a| and |b| (finite).
    if a._int == 0 or b._int == 0:
        return (a._int != 0) - (b._int != 0)
    da, db = _adjusted(a), _adjusted(b)
    if da != db:
        return 1 if da > db else -1
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    return (x > y) - (x < y)


def _cmp_any_abs(a, b):
    # _cmp_abs allowing infinities.
    if a._exp == "F" or b._exp == "F":
        return (a._exp == "F") - (b._exp == "F")
    return _cmp_abs(a, b)


# The kinds of Decimal in the total order: numbers, Inf, sNaN, NaN.
_TOTAL_RANK = {"F": 1, "N": 2, "n": 3}


def _total(a, b, mag=False):
    # compare_total: -1, 0 or 1 in the total order (-NaN < -sNaN < -Inf <
    # negative numbers < -0 < 0 < positive numbers < Inf < sNaN < NaN, and
    # equal numbers by exponent).
    sa, sb = (0, 0) if mag else (a._sign, b._sign)
    if sa != sb:
        return -1 if sa else 1
    ra = _TOTAL_RANK.get(a._exp, 0)
    rb = _TOTAL_RANK.get(b._exp, 0)
    if ra != rb:
        c = 1 if ra > rb else -1
    elif ra >= 2:
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        c = 0
    else:
        c = _cmp_abs(a, b)
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if sa else c


def _compare(a, b, ctx, signal=False):
    # compare and compare_signal: Decimal -1, 0 or 1, or a NaN.
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            if signal:
                return nan[0], _INVALID_OPERATION
            return nan
    c = _cmp(a, b)
    return _dec(1 if c < 0 else 0, abs(c), 0), 0


def _max_min(a, b, ctx, want_max, mag):
    # max, min, max_mag and min_mag: a quiet NaN loses to a number; equal
    # numbers are ordered as by compare_total.
    if a._exp == "n" and b._exp not in ("n", "N"):
        return _fix_any(b, ctx)
    if b._exp == "n" and a._exp not in ("n", "N"):
        return _fix_any(a, ctx)
    nan = _nan_result(a, b, ctx)
    if nan:
        return nan
    c = _cmp_any_abs(a, b) if mag else _cmp(a, b)
    if c == 0:
        c = _total(a, b)
    if want_max:
        return _fix_any(b if c < 0 else a, ctx)
    return _fix_any(b if c > 0 else a, ctx)


def _plus(a, ctx, negate=False):
    # +a and -a: rounded to ctx; a zero result is positive unless the
    # rounding is ROUND_FLOOR.
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        return _inf(a._sign ^ negate), 0
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        sign = 0
    else:
        sign = a._sign ^ negate
    return _fix(sign, a._int, a._exp, ctx)


def _abs(a, ctx):
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        return _inf(0), 0
    return _plus(a, ctx, a._sign == 1)


def _quantize(a, b, ctx, rounding):
    # a with b's exponent.
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._exp == "F" and b._exp == "F":
            return _plain(a), 0
        return _invalid()
    exp = b._exp
    prec = ctx._prec
    if exp > ctx._Emax or exp < ctx._Emin - prec + 1:
        return _invalid()
    if a._int == 0:
        return _fix(a._sign, 0, exp, ctx)
    status = 0
    shift = a._exp - exp
    if shift >= 0:
        if _ndigits(a._int) + shift > prec:
            return _invalid()
        coeff = a._int * 10**shift
    else:
        coeff, inexact = _shift_round(a._sign, a._int, -shift, rounding)
        status = _ROUNDED | _INEXACT if inexact else _ROUNDED
    digits = _ndigits(coeff)
    if digits > prec or not ctx._Emin - prec + 1 <= exp + digits - 1 <= ctx._Emax:
        return _invalid()
    result, s = _fix(a._sign, coeff, exp, ctx)
    return result, s | status


def _to_integral(a, ctx, rounding, exact):
    # a rounded to an integer (exponent 0 when it had a negative one).
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        return _plain(a), 0
    if a._exp >= 0:
        return _plain(a), 0
    if a._int == 0:
        return _dec(a._sign, 0, 0), 0
    coeff, inexact = _shift_round(a._sign, a._int, -a._exp, rounding)
    status = 0
    if exact:
        status = _ROUNDED | _INEXACT if inexact else _ROUNDED
    return _dec(a._sign, coeff, 0), status


def _normalize(a, ctx):
    # a rounded to ctx, with its trailing zeros stripped as far as the
    # exponent range allows.
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        return _plain(a), 0
    d, status = _fix(a._sign, a._int, a._exp, ctx)
    if _is_special(d):
        return d, status
    if d._int == 0:
        return _dec(d._sign, 0, 0), status
    coeff, exp = d._int, d._exp
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    while coeff % 10 == 0 and exp < top:
        coeff //= 10
        exp += 1
    return _dec(d._sign, coeff, exp), status


def _integer_value(d):
    # The int a finite integral Decimal stands for, or None when it has a
    # fraction.
    if d._exp >= 0:
        v = d._int * 10**d._exp
    else:
        q, r = divmod(d._int, 10**-d._exp)
        if r:
            return None
        v = q
    return -v if d._sign else v


def _sqrt(a, ctx):
    # The square root, rounded half-even whatever the context's rounding.
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        if a._sign:
            return _invalid()
        return _inf(0), 0
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    prec = ctx._prec
    coeff, exp = a._int, a._exp
    if exp & 1:
        coeff *= 10
        exp -= 1
    # Scaled by 100**k, the root has at least prec + 1 digits.
    k = max(0, prec + 1 - (_ndigits(coeff) + 1) // 2 + 1)
    coeff *= 100**k
    root = _math.isqrt(coeff)
    exp = exp // 2 - k
    if root * root != coeff:
        if root % 5 == 0:
            root += 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return _fix(0, root, exp, ctx, ROUND_HALF_EVEN)


# exp, ln and log10, correctly rounded: fixed-point approximations with an
# error of a few units in the last place, given more digits until both
# ends of the error interval round the same way (the results are
# irrational, so this ends).

_ln10_cache = [0, 0]


def _ln10(w):
    # ln(10) * 10**w, within 2 units.
    digits, value = _ln10_cache
    if w > digits:
        # ln 10 = 46 acoth 31 + 34 acoth 49 + 20 acoth 161, each acoth by
        # its series, with 10 guard digits.
        digits = w + 10
        scale = 10**digits
        value = 0
        for factor, n in ((46, 31), (34, 49), (20, 161)):
            term = scale // n
            n2 = n * n
            k = 1
            total = 0
            while term:
                total += term // k
                term //= n2
                k += 2
            value += factor * total
        _ln10_cache[:] = [digits, value]
    return value // 10 ** (digits - w)


def _exp_fixed(r, w):
    # exp(r / 10**w) * 10**w within a unit, for |r| <= 2 * 10**w.
    g = w + 8
    scale = 10**g
    # exp(x) = exp(x / 1024) ** 1024, the smaller argument by its series.
    x = (r * 10**8) >> 10
    total = term = scale
    k = 1
    while term:
        term = term * x // (k * scale)
        total += term
        k += 1
    for _ in range(10):
        total = total * total // scale
    return (total + 5 * 10**7) // 10**8


def _ln_parts(coeff, exp, g):
    # ln of x = coeff * 10**exp (> 0) as ln(m) + a * ln(10): (ln(m) * 10**g
    # within a few units, a), m in [10**-0.5, 10**0.5).
    digits = _ndigits(coeff)
    a = exp + digits - 1
    # m * 10**(g + 4): 4 more digits for the square roots' errors.
    h = g + 4
    shift = h - (digits - 1)
    m = coeff * 10**shift if shift >= 0 else coeff // 10**-shift
    scale = 10**h
    if m * m >= 10 * scale * scale:
        m //= 10
        a += 1
    # ln(m) = 1024 ln(y) with y = m ** (1/1024) near 1, and ln(y) = 2
    # atanh((y - 1) / (y + 1)) by its series.
    for _ in range(10):
        m = _math.isqrt(m * scale)
    z = (m - scale) * scale // (m + scale)
    z2 = z * z // scale
    total = 0
    term = abs(z)
    k = 1
    while term:
        total += term // k
        term = term * z2 // scale
        k += 2
    if z < 0:
        total = -total
    return (total * 2048) // 10**4, a


def _round_even(n, exp, prec):
    # n * 10**exp (n > 0) rounded half-even to prec digits: (coeff, exp).
    drop = _ndigits(n) - prec
    if drop > 0:
        n, _ = _shift_round(0, n, drop, ROUND_HALF_EVEN)
        exp += drop
        if n == 10**prec:
            n //= 10
            exp += 1
    elif drop < 0:
        n *= 10**-drop
        exp += drop
    return n, exp


def _round_at(n, exp, at):
    # n * 10**exp (n > 0) rounded half-even to a multiple of 10**at:
    # (coeff, at).
    if exp >= at:
        return n * 10 ** (exp - at), at
    return _shift_round(0, n, at - exp, ROUND_HALF_EVEN)[0], at


def _correctly_rounded(approximate, w, prec, at=None):
    # A value rounded half-even to prec digits (or at exponent `at`):
    # approximate(w) gives (approx, err, exp), the value lying within err
    # units of approx * 10**exp, more exactly for a larger w; w grows until
    # both ends of that interval round alike. (sign, coeff, exp).
    while True:
        approx, err, exp = approximate(w)
        lo, hi = approx - err, approx + err
        if lo > 0 or hi < 0:
            sign = 1 if hi < 0 else 0
            if at is None:
                first, second = _round_even(abs(lo), exp, prec), _round_even(abs(hi), exp, prec)
            else:
                first, second = _round_at(abs(lo), exp, at), _round_at(abs(hi), exp, at)
            if first == second:
                return sign, first[0], first[1]
        w += 20


def _near_one_zeros(a):
    # How many zeros ln(a) has after the point when a is near 1: the
    # magnitude of a - 1.
    if not -1 <= _adjusted(a) <= 0:
        return 0
    if a._exp >= 0:
        diff = a._int * 10**a._exp - 1
        dexp = 0
    else:
        diff = a._int - 10**-a._exp
        dexp = a._exp
    if diff == 0:
        return 0
    return max(0, -(dexp + _ndigits(abs(diff)) - 1))


def _exp_approx(a):
    # The approximations of exp(a) (a finite, nonzero, |a| < 10**19).
    def approximate(w):
        # a = k ln(10) + r, |r| <= ln(10) / 2: exp(a) = 10**k exp(r).
        shift = a._exp + w
        x = a._int * 10**shift if shift >= 0 else a._int // 10**-shift
        if a._sign:
            x = -x
        ln10 = _ln10(w + 22)
        big = x * 10**22
        k = (2 * big + ln10) // (2 * ln10)
        r = x - (k * ln10) // 10**22
        return _exp_fixed(r, w), 8, k - w

    return approximate


def _ln_approx(a):
    # The approximations of ln(a) (a finite, positive, != 1).
    def approximate(w):
        lnm, m_exp = _ln_parts(a._int, a._exp, w + 4)
        extra = _ndigits(abs(m_exp)) + 2
        value = lnm * 10**extra + m_exp * _ln10(w + 4 + extra)
        return value // 10 ** (extra + 4), 3, -w

    return approximate


def _log10_approx(a):
    # The approximations of log10(a) (a finite, positive, not a power of
    # ten).
    def approximate(w):
        lnm, m_exp = _ln_parts(a._int, a._exp, w + 6)
        return lnm * 10**w // _ln10(w + 6) + m_exp * 10**w, 3, -w

    return approximate


def _exp_digits(a, prec):
    return _correctly_rounded(_exp_approx(a), prec + 10, prec)


def _ln_digits(a, prec):
    return _correctly_rounded(_ln_approx(a), prec + 6 + _near_one_zeros(a), prec)


def _transcendental(approximate, w, ctx):
    # The inexact result of exp, ln or log10, correctly rounded half-even
    # to ctx; a subnormal one is rounded (once) at the smallest exponent.
    sign, coeff, exp = _correctly_rounded(approximate, w, ctx._prec)
    adjusted = exp + _ndigits(coeff) - 1
    emin = ctx._Emin
    # 10**Emin may be a subnormal value rounded up: libmpdec says so when
    # the value at its working precision, 3 more digits, is below.
    if adjusted == emin and coeff == 10 ** (ctx._prec - 1):
        _, c, e = _correctly_rounded(approximate, w, ctx._prec + 3)
        adjusted = e + _ndigits(c) - 1
    if adjusted < emin:
        etiny = ctx._Emin - ctx._prec + 1
        sign, coeff, exp = _correctly_rounded(approximate, w, None, etiny)
        status = _INEXACT | _ROUNDED | _SUBNORMAL | _UNDERFLOW
        if coeff == 0:
            status |= _CLAMPED
        return _dec(sign, coeff, exp), status
    result, status = _fix(sign, coeff, exp, ctx, ROUND_HALF_EVEN)
    return result, status | _INEXACT | _ROUNDED


def _exp(a, ctx):
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        if a._sign:
            return _dec(0, 0, 0), 0
        return _inf(0), 0
    if a._int == 0:
        return _dec(0, 1, 0), 0
    if _ndigits(a._int) + a._exp > 19:
        # |a| >= 10**19: beyond any exponent range.
        if a._sign:
            return _dec(0, 0, ctx._Emin - ctx._prec + 1), _INEXACT | _ROUNDED | _SUBNORMAL | _UNDERFLOW | _CLAMPED
        return _inf(0), _OVERFLOW | _INEXACT | _ROUNDED
    return _transcendental(_exp_approx(a), ctx._prec + 10, ctx)


def _ln_special(a, ctx):
    # ln and log10 of a special value, a zero or a negative number; None
    # for the others.
    if _is_special(a):
        nan = _nan1(a, ctx)
        if nan:
            return nan
        if a._sign:
            return _invalid()
        return _inf(0), 0
    if a._int == 0:
        return _inf(1), 0
    if a._sign:
        return _invalid()
    return None


def _ln(a, ctx):
    special = _ln_special(a, ctx)
    if special:
        return special
    if a._exp <= 0 and a._int == 10**-a._exp:
        return _dec(0, 0, 0), 0
    return _transcendental(_ln_approx(a), ctx._prec + 6 + _near_one_zeros(a), ctx)


def _log10(a, ctx):
    special = _ln_special(a, ctx)
    if special:
        return special
    if _int_str(a._int).rstrip("0") == "1":
        # A power of ten: its exponent, exactly.
        adj = _adjusted(a)
        return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx, ROUND_HALF_EVEN)
    return _transcendental(_log10_approx(a), ctx._prec + 6 + _near_one_zeros(a), ctx)


# Powers.


def _is_integral(d):
    # Whether finite d is an integer.
    return d._exp >= 0 or d._int % 10**-d._exp == 0


def _is_odd(d):
    # Whether integral d is odd.
    if d._exp > 0:
        return False
    return (d._int // 10**-d._exp) & 1 == 1


def _pow_bounds(a, b, sign, ctx):
    # The result of a ** b when it certainly overflows or underflows (from
    # lower bounds of log10|log10|a|| and log10|b|, as libmpdec), else None.
    theta = _adjusted(b)
    t = _adjusted(a)
    if t > 0:
        zeta = _ndigits(t) - 1
    elif t < -1:
        zeta = _ndigits(-(t + 1)) - 1
    else:
        if a._exp >= 0:
            diff = a._int * 10**a._exp - 1
            dexp = 0
        else:
            diff = a._int - 10**-a._exp
            dexp = a._exp
        u = dexp + _ndigits(abs(diff)) - 1
        zeta = u - 2 if t == 0 else u - 1
    if (t < 0) == (b._sign == 1):
        # |a| > 1 and b > 0, or |a| < 1 and b < 0: a large result.
        if _ndigits(ctx._Emax) < zeta + theta:
            return _fix(sign, 1, ctx._Emax + 1, ctx)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _ndigits(-etiny) < zeta + theta:
            return _fix(sign, 1, etiny - 1, ctx)
    return None


def _power(a, b, ctx):
    # a ** b, as libmpdec computes it.
    if _is_special(a) or _is_special(b):
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
    integral = not _is_special(b) and _is_integral(b)
    sign = a._sign if integral and _is_odd(b) else 0
    if a._exp != "F" and a._int == 0:
        if b._exp != "F" and b._int == 0:
            return _invalid()
        if b._sign:
            return _inf(sign), 0
        return _dec(sign, 0, 0), 0
    if a._sign and not integral:
        return _invalid()
    if b._exp == "F":
        c = _cmp(_plain(a), _dec(0, 1, 0))
        if c == 0:
            prec = ctx._prec
            return _dec(0, 10 ** (prec - 1), 1 - prec), _INEXACT | _ROUNDED
        if (c < 0) != (b._sign == 1):
            return _dec(sign, 0, 0), 0
        return _inf(sign), 0
    if a._exp == "F":
        if b._int == 0:
            return _dec(sign, 1, 0), 0
        if b._sign:
            return _dec(sign, 0, 0), 0
        return _inf(sign), 0
    if b._int == 0:
        return _dec(sign, 1, 0), 0
    if a._exp <= 0 and a._int == 10**-a._exp:
        # |a| == 1: 1.000 ** n has n times the zeros (prec - 1 at most).
        prec = ctx._prec
        if not integral:
            return _dec(0, 10 ** (prec - 1), 1 - prec), _INEXACT | _ROUNDED
        if b._sign:
            return _dec(sign, 1, 0), 0
        if a._exp == 0:
            return _dec(sign, 1, 0), 0
        # A 21-digit exponent passes any precision.
        shift = prec if b._exp > 20 else _integer_value(b) * -a._exp
        if shift > prec - 1:
            return _dec(sign, 10 ** (prec - 1), 1 - prec), _ROUNDED
        return _dec(sign, 10**shift, -shift), 0
    bounded = _pow_bounds(a, b, sign, ctx)
    if bounded:
        return bounded
    if integral:
        return _int_power(a, b, _integer_value(b), sign, ctx)
    return _real_power(a, b, ctx)


def _int_power(a, b, n, sign, ctx):
    # a ** n by squaring and multiplying, each product rounded half-even
    # to prec + (digits of n) + 2 digits (one more for a negative n, whose
    # base is 1 / a), as libmpdec does.
    work = _work_context(ctx, ctx._prec + _adjusted(b) + 3, ROUND_HALF_EVEN)
    status = 0
    base = a
    if n < 0:
        work._prec += 1
        base, status = _div(_dec(0, 1, 0), a, work)
        n = -n
    result = base
    for bit in bin(n)[3:]:
        result, s = _mul(result, result, work)
        status |= s
        if bit == "1":
            result, s = _mul(result, base, work)
            status |= s
        if _is_special(result) or (result._int == 0 and status & _CLAMPED):
            break
    if result._exp == "F":
        result, s = _fix(sign, 1, ctx._Emax + 1, ctx)
    else:
        result, s = _fix(sign, result._int, result._exp, ctx)
    return result, status | s


def _real_power(a, b, ctx):
    # a ** b for a > 0 and b not an integer: exp(b * ln(a)), each step
    # correctly rounded to 23 more digits than the result, as libmpdec.
    prec = ctx._prec
    work = max(prec, _ndigits(a._int)) + 23
    sign, coeff, exp = _ln_digits(a, work)
    coeff, exp = _round_even(coeff * b._int, exp + b._exp, work)
    y = _dec(sign ^ b._sign, coeff, exp)
    status = _INEXACT | _ROUNDED
    if _ndigits(y._int) + y._exp > 19:
        if y._sign:
            return _fix(0, 0, ctx._Emin - prec + 1, ctx)[0], status | _SUBNORMAL | _UNDERFLOW | _CLAMPED
        result, s = _fix(0, 1, ctx._Emax + 1, ctx)
        return result, status | s
    _, coeff, exp = _exp_digits(y, work)
    if coeff == 10 ** (work - 1) and exp == 1 - work:
        # Exactly 1: with prec digits.
        coeff, exp = 10 ** (prec - 1), 1 - prec
    result, s = _fix(0, coeff, exp, ctx)
    return result, status | s


def _powmod(a, b, m, ctx):
    # pow(a, b, m): integers only, exactly.
    if _is_special(a) or _is_special(b) or _is_special(m):
        for x in (a, b, m):
            if x._exp == "N":
                return _fix_nan(x, ctx), _INVALID_OPERATION
        for x in (a, b, m):
            if x._exp == "n":
                return _fix_nan(x, ctx), 0
        return _invalid()
    base, exponent, modulus = _integer_value(a), _integer_value(b), _integer_value(m)
    if base is None or exponent is None or modulus is None or modulus == 0:
        return _invalid()
    if _ndigits(abs(modulus)) > ctx._prec:
        return _invalid()
    sign = a._sign if exponent & 1 else 0
    if exponent == 0:
        if base == 0:
            return _invalid()
        return _dec(sign, 0 if abs(modulus) == 1 else 1, 0), 0
    if exponent < 0:
        return _invalid()
    return _dec(sign, pow(abs(base), exponent, abs(modulus)), 0), 0


# Strings.


def _place_point(digits, dot):
    # The digits with a decimal point after the first `dot` of them
    # (before them when dot <= 0, zeros added after when dot is past them).
    if dot <= 0:
        return "0." + "0" * -dot + digits
    if dot >= len(digits):
        return digits + "0" * (dot - len(digits))
    return digits[:dot] + "." + digits[dot:]


def _to_sci(d, eng, caps):
    # to-scientific-string (or to-engineering-string).
    sign = "-" if d._sign else ""
    exp = d._exp
    if exp == "F":
        return sign + "Infinity"
    if exp == "n" or exp == "N":
        return sign + ("NaN" if exp == "n" else "sNaN") + (_int_str(d._int) if d._int else "")
    digits = _int_str(d._int)
    left = len(digits) + exp
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        # A zero's exponent becomes a multiple of three by moving the point
        # left one or two places.
        dot = -1 + (exp + 2) % 3
    else:
        dot = 1 + (left - 1) % 3
    text = sign + _place_point(digits, dot)
    if left != dot:
        text += ("E" if caps else "e") + "%+d" % (left - dot)
    return text


def _parse_spec(spec, caps):
    # A format spec, as libmpdec reads it: [[fill]align][sign][z][0][width]
    # [,][.precision][type]. None when invalid.
    fill, align = " ", ">"
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    have_align = i > 0
    sign = "-"
    if spec[i : i + 1] in ("+", "-", " ") and i < len(spec):
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i : i + 1] == "z":
        no_neg_zero = True
        i += 1
    if spec[i : i + 1] == "0":
        if have_align:
            return None
        fill, align = "0", "z"
        i += 1
    start = i
    while i < len(spec) and spec[i] in "0123456789":
        i += 1
    if i > start and spec[start] == "0":
        return None
    width = int(spec[start:i]) if i > start else 0
    sep = ""
    if spec[i : i + 1] == ",":
        sep = ","
        i += 1
    prec = -1
    if spec[i : i + 1] == ".":
        i += 1
        start = i
        while i < len(spec) and spec[i] in "0123456789":
            i += 1
        if i == start:
            return None
        prec = int(spec[start:i])
    kind = "G" if caps else "g"
    dot = sep and "."
    if i < len(spec) and spec[i] in "eEfFgG%":
        kind = spec[i]
        i += 1
    elif i < len(spec) and spec[i] in "nN":
        # The locale's conversion; coro's locale is "C": a point and no
        # grouping.
        if sep:
            return None
        kind = "G" if spec[i] == "N" else "g"
        dot = "."
        i += 1
    if i != len(spec):
        return None
    return fill, align, sign, no_neg_zero, width, sep, dot, prec, kind


def _rescale(sign, digits, exp, new_exp, ctx):
    # The digits of a number with exponent new_exp instead of exp, rounded
    # as ctx says (zeros appended when new_exp is smaller).
    if new_exp <= exp:
        if digits == "0":
            return digits
        return digits + "0" * (exp - new_exp)
    coeff, _ = _shift_round(sign, _str_int(digits), new_exp - exp, ctx._rounding)
    return _int_str(coeff)


def _round_digits(sign, digits, exp, prec, ctx):
    # A nonzero number's digits and exponent rounded to prec significant
    # digits (zeros appended when it has fewer).
    new_exp = exp + len(digits) - prec
    digits = _rescale(sign, digits, exp, new_exp, ctx)
    if len(digits) > prec:
        digits = _rescale(sign, digits, new_exp, new_exp + 1, ctx)
        new_exp += 1
    return digits, new_exp


def _format(d, spec, ctx):
    parsed = _parse_spec(spec, ctx._capitals)
    if parsed is None:
        raise ValueError("invalid format string")
    fill, align, sign, no_neg_zero, width, sep, dot, prec, kind = parsed
    upper = kind in "EFG"
    kind = kind.lower()
    head = "-" if d._sign else ("" if sign == "-" else sign)
    if _is_special(d):
        if align == "z":
            fill, align = " ", ">"
        text = head + _to_sci(_dec(0, d._int, d._exp), False, 1) + ("%" if kind == "%" else "")
    else:
        digits, exp = _int_str(d._int), d._exp
        dplace = 1
        if kind == "%":
            exp += 2
        if prec >= 0:
            if kind == "g":
                if len(digits) > (prec or 1):
                    digits, exp = _round_digits(d._sign, digits, exp, prec or 1, ctx)
            elif kind == "e":
                if digits == "0":
                    dplace = 1 - prec
                else:
                    digits, exp = _round_digits(d._sign, digits, exp, prec + 1, ctx)
            else:
                digits, exp = _rescale(d._sign, digits, exp, -prec, ctx), -prec
        if kind in "f%" and digits == "0" and exp > 0:
            exp = 0
        # CPython decides 'z' on the rounded value for the lower-case types
        # only; for E, F and G, on the value as it is.
        if no_neg_zero and (d._int == 0 if upper else digits == "0"):
            head = "" if sign == "-" else sign
        left = len(digits) + exp
        if kind in "f%" or (kind == "g" and exp <= 0 and left > -6):
            dplace = left
        text = head + _place_point(digits, dplace)
        if left != dplace or kind == "e":
            text += ("E" if upper else "e") + "%+d" % (left - dplace)
        if kind == "%":
            text += "%"
        if dot:
            text = _group(text, sep, dot, width if align == "z" else 0)
    if len(text) < width:
        pad = width - len(text)
        if align == "<":
            text = text + fill * pad
        elif align == "^":
            text = fill * (pad // 2) + text + fill * (pad - pad // 2)
        elif align in "=z" and text[:1] in ("-", "+", " "):
            text = text[0] + fill * pad + text[1:]
        else:
            text = fill * pad + text
    return text


def _group(text, sep, dot, width):
    # The number text with its integer digits in groups of three split by
    # sep (if any), and, when width is given (zero padding), zeros added
    # before them to reach width, a separator counting as padding except
    # in front.
    head = text[0] if text[0] in "-+ " else ""
    i = len(head)
    # The integer digits end at the point, the exponent or the percent.
    j = len(text)
    for stop in ".eE%":
        k = text.find(stop, i)
        if 0 <= k < j:
            j = k
    digits, rest = text[i:j], text[j:]
    if rest[:1] == ".":
        rest = dot + rest[1:]
    need = width - len(head) - len(rest)
    n = len(digits)
    if sep:
        first = n % 3 or 3
        groups = [digits[:first]] + [digits[i : i + 3] for i in range(first, n, 3)]
    else:
        groups = [digits]
    length = n + len(sep) * (len(groups) - 1)
    # Zero padding: more groups of zeros in front.
    while length < need:
        if sep and len(groups[0]) == 3:
            length += len(sep)
            groups.insert(0, "0" if length >= need else "")
            length += len(groups[0])
            continue
        groups[0] = "0" + groups[0]
        length += 1
    return head + sep.join(groups) + rest


# The hash of CPython's numbers: a Decimal hashes as the int, float or
# Fraction equal to it.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _binary(op, name):
    # The special methods of a binary operator: NotImplemented for an
    # operand other than a Decimal or an int.
    def forward(self, other):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = getcontext()
        return _done(ctx, *op(self, other, ctx))

    def reverse(self, other):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = getcontext()
        return _done(ctx, *op(other, self, ctx))

    _name_method(forward, "__%s__" % name)
    _name_method(reverse, "__r%s__" % name)
    return forward, reverse


def _name_method(method, name, doc=None):
    method.__name__ = name
    method.__qualname__ = "Decimal." + name
    method.__doc__ = doc


def _sub(a, b, ctx):
    return _add(a, b, ctx, b._sign ^ 1)


def _unary(op, name, doc):
    # A method of one operand and an optional context.
    def method(self, context=None):
        ctx = _context(context)
        return _done(ctx, *op(self, ctx))

    _name_method(method, name, doc)
    return method


def _with_other(op, name, doc):
    # A method of two operands (the other a Decimal or an int) and an
    # optional context.
    def method(self, other, context=None):
        ctx = _context(context)
        return _done(ctx, *op(self, _convert(other), ctx))

    _name_method(method, name, doc)
    return method


class Decimal:
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.
    """

    __slots__ = ("_sign", "_int", "_exp")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            d = _from_text(value, _context(context), True)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            _done(_context(context), None, _FLOAT_OPERATION)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_text(_tuple_text(value), _context(context), True)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp = d._sign, d._int, d._exp
        return self

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly.
        Since 0.1 is not exactly representable in binary floating point,
        Decimal.from_float(0.1) is not the same as Decimal('0.1').
        """
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # Strings.

    def __str__(self):
        return _to_sci(self, False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        return _to_sci(self, True, _context(context)._capitals)

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError("format arg must be str")
        if override is not None:
            raise NotImplementedError("Decimal.__format__ with a locale override is not supported by coro")
        return _format(self, spec, getcontext())

    # Arithmetic.

    __add__, __radd__ = _binary(_add, "add")
    __sub__, __rsub__ = _binary(_sub, "sub")
    __mul__, __rmul__ = _binary(_mul, "mul")
    __truediv__, __rtruediv__ = _binary(_div, "truediv")
    __floordiv__, __rfloordiv__ = _binary(_divint, "floordiv")
    __mod__, __rmod__ = _binary(_rem, "mod")

    def __divmod__(self, other):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = getcontext()
        q, r, status = _divmod(self, other, ctx)
        _done(ctx, None, status)
        return q, r

    def __rdivmod__(self, other):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__divmod__(self)

    def __pow__(self, other, modulo=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = getcontext()
        if modulo is None:
            return _done(ctx, *_power(self, other, ctx))
        modulo = _operand(modulo)
        if modulo is None:
            return NotImplemented
        return _done(ctx, *_powmod(self, other, modulo, ctx))

    def __rpow__(self, other, modulo=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo)

    def __neg__(self):
        ctx = getcontext()
        return _done(ctx, *_plus(self, ctx, True))

    def __pos__(self):
        ctx = getcontext()
        return _done(ctx, *_plus(self, ctx))

    def __abs__(self):
        ctx = getcontext()
        return _done(ctx, *_abs(self, ctx))

    # Comparisons.

    def _compare_with(self, other, equality):
        # (self, other) as Decimals for a comparison, with a Rational other
        # scaled exactly; None for a type Decimals do not compare with.
        ctx = getcontext()
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, float):
            # Mixing floats and Decimals is recorded; an order comparison
            # raises FloatOperation when trapped.
            if equality:
                ctx._flags._bits |= _FLOAT_OPERATION
            else:
                _done(ctx, None, _FLOAT_OPERATION)
            return self, _from_float(other)
        if isinstance(other, _numbers.Rational):
            num = _from_int(other.numerator)
            if _is_special(self):
                return self, num
            den = other.denominator
            return _dec(self._sign, self._int * den, self._exp), num
        return None

    def _order(self, other, op):
        # -1, 0 or 1 comparing self with other, None for a NaN (after
        # signaling), NotImplemented for another type.
        pair = self._compare_with(other, op in ("eq", "ne"))
        if pair is None:
            return NotImplemented
        a, b = pair
        if a._exp in ("n", "N") or b._exp in ("n", "N"):
            if a._exp == "N" or b._exp == "N" or op not in ("eq", "ne"):
                _done(getcontext(), None, _INVALID_OPERATION)
            return None
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._order(other, "eq")
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._order(other, "ne")
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._order(other, "lt")
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(self, other):
        c = self._order(other, "le")
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._order(other, "gt")
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._order(other, "ge")
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    def __hash__(self):
        if self._exp == "N":
            raise TypeError("Cannot hash a signaling NaN value")
        if self._exp == "n":
            return object.__hash__(self)
        if self._exp == "F":
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS)
        value = self._int * scale % _HASH_MODULUS
        if self._sign:
            value = -value
        return -2 if value == -1 else value

    # Conversions.

    def __bool__(self):
        return self._exp.__class__ is str or self._int != 0

    def _to_int(self, rounding):
        if self._exp == "n" or self._exp == "N":
            raise ValueError("cannot convert NaN to integer")
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10**self._exp
        else:
            n, _ = _shift_round(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = getcontext()
        return _done(ctx, *_quantize(self, _dec(0, 1, -n), ctx, ctx._rounding))

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return -_NAN_FLOAT if self._sign else _NAN_FLOAT
        return float(_to_sci(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly equal to the original
        Decimal and with a positive denominator. The ratio is in lowest terms.
        Raise OverflowError on infinities and a ValueError on NaNs.
        """
        if self._exp == "n" or self._exp == "N":
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10**self._exp, 1
        else:
            n, d = self._int, 10**-self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._exp == "F":
            digits = (0,)
        elif self._int == 0 and self._exp in ("n", "N"):
            digits = ()
        else:
            digits = tuple(int(c) for c in _int_str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def adjusted(self):
        """Return the adjusted exponent of the number. Defined as exp + digits - 1."""
        if _is_special(self):
            return 0
        return _adjusted(self)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        """Return self."""
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Predicates.

    def is_nan(self):
        """Return True if the argument is a (quiet or signaling) NaN and False otherwise."""
        return self._exp == "n" or self._exp == "N"

    def is_qnan(self):
        """Return True if the argument is a quiet NaN, and False otherwise."""
        return self._exp == "n"

    def is_snan(self):
        """Return True if the argument is a signaling NaN and False otherwise."""
        return self._exp == "N"

    def is_infinite(self):
        """Return True if the argument is either positive or negative infinity and False otherwise."""
        return self._exp == "F"

    def is_finite(self):
        """Return True if the argument is a finite number, and False if the argument is infinite or a NaN."""
        return not _is_special(self)

    def is_zero(self):
        """Return True if the argument is a (positive or negative) zero and False otherwise."""
        return not _is_special(self) and self._int == 0

    def is_signed(self):
        """Return True if the argument has a negative sign and False otherwise."""
        return self._sign == 1

    def is_canonical(self):
        """Return True: Decimals are always canonical."""
        return True

    def is_normal(self, context=None):
        """Return True if the argument is a normal finite non-zero number with an adjusted exponent greater than or equal to Emin."""
        ctx = _context(context)
        return not _is_special(self) and self._int != 0 and _adjusted(self) >= ctx._Emin

    def is_subnormal(self, context=None):
        """Return True if the argument is subnormal, and False otherwise."""
        ctx = _context(context)
        return not _is_special(self) and self._int != 0 and _adjusted(self) < ctx._Emin

    def number_class(self, context=None):
        """Return a string describing the class of the operand."""
        ctx = _context(context)
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._exp == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if _adjusted(self) < ctx._Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        """Return Decimal(10), the radix (base) in which the Decimal class does all its arithmetic."""
        return _dec(0, 10, 0)

    def canonical(self):
        """Return the canonical encoding of the argument: the argument itself."""
        return self

    # Operations without a context.

    def copy_abs(self):
        """Return the absolute value of the argument, without rounding or signals."""
        return _dec(0, self._int, self._exp)

    def copy_negate(self):
        """Return the negation of the argument, without rounding or signals."""
        return _dec(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        """Return a copy of the first operand with the sign set to be the same as the sign of the second operand."""
        return _dec(_convert(other)._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        """Test whether self and other have the same exponent or whether both are NaN."""
        other = _convert(other)
        if _is_special(self) or _is_special(other):
            a = "n" if self._exp in ("n", "N") else self._exp
            b = "n" if other._exp in ("n", "N") else other._exp
            return a == b
        return self._exp == other._exp

    def compare_total(self, other, context=None):
        """Compare two operands using their abstract representation rather than their numerical value."""
        c = _total(self, _convert(other))
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        """Compare two operands using their abstract representation rather than their value, ignoring the sign."""
        c = _total(self, _convert(other), True)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    # Operations with a context.

    sqrt = _unary(_sqrt, "sqrt", "Return the square root of the argument to full precision.")
    exp = _unary(_exp, "exp", "Return the value of the (natural) exponential function e**x at the given number.")
    ln = _unary(_ln, "ln", "Return the natural (base e) logarithm of the operand.")
    log10 = _unary(_log10, "log10", "Return the base ten logarithm of the operand.")
    normalize = _unary(_normalize, "normalize", "Normalize the number by stripping the rightmost trailing zeros.")
    compare = _with_other(_compare, "compare", "Compare self to other. Return a decimal value: -1, 0, 1, or NaN.")
    remainder_near = _with_other(_rem_near, "remainder_near", "Return the remainder from dividing self by other, with the quotient rounded to the nearest integer.")

    def compare_signal(self, other, context=None):
        """Identical to compare, except that all NaNs signal."""
        ctx = _context(context)
        return _done(ctx, *_compare(self, _convert(other), ctx, True))

    def max(self, other, context=None):
        """Maximum of self and other. A quiet NaN operand loses."""
        ctx = _context(context)
        return _done(ctx, *_max_min(self, _convert(other), ctx, True, False))

    def min(self, other, context=None):
        """Minimum of self and other. A quiet NaN operand loses."""
        ctx = _context(context)
        return _done(ctx, *_max_min(self, _convert(other), ctx, False, False))

    def max_mag(self, other, context=None):
        """Similar to the max() method, but the comparison is done using the absolute values of the operands."""
        ctx = _context(context)
        return _done(ctx, *_max_min(self, _convert(other), ctx, True, True))

    def min_mag(self, other, context=None):
        """Similar to the min() method, but the comparison is done using the absolute values of the operands."""
        ctx = _context(context)
        return _done(ctx, *_max_min(self, _convert(other), ctx, False, True))

    def fma(self, other, third, context=None):
        """Fused multiply-add: self * other + third with no rounding of the intermediate product."""
        ctx = _context(context)
        return _done(ctx, *_fma(self, _convert(other), _convert(third), ctx))

    def quantize(self, exp, rounding=None, context=None):
        """Return a value equal to the first operand after rounding and having the exponent of the second operand."""
        ctx = _context(context)
        rounding = ctx._rounding if rounding is None else _check_rounding(rounding)
        return _done(ctx, *_quantize(self, _convert(exp), ctx, rounding))

    def to_integral_value(self, rounding=None, context=None):
        """Round to the nearest integer without signaling Inexact or Rounded."""
        ctx = _context(context)
        rounding = ctx._rounding if rounding is None else _check_rounding(rounding)
        return _done(ctx, *_to_integral(self, ctx, rounding, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to the nearest integer, signaling Inexact or Rounded as appropriate."""
        ctx = _context(context)
        rounding = ctx._rounding if rounding is None else _check_rounding(rounding)
        return _done(ctx, *_to_integral(self, ctx, rounding, True))

    def logb(self, context=None):
        """Return the adjusted exponent of the operand as a Decimal instance."""
        ctx = _context(context)
        if _is_special(self):
            nan = _nan1(self, ctx)
            if nan:
                return _done(ctx, *nan)
            return _inf(0)
        if self._int == 0:
            return _done(ctx, _inf(1), _DIVISION_BY_ZERO)
        adj = _adjusted(self)
        return _done(ctx, *_fix(1 if adj < 0 else 0, abs(adj), 0, ctx))

    def scaleb(self, other, context=None):
        """Return the first operand with the exponent adjusted by the second."""
        ctx = _context(context)
        other = _convert(other)
        nan = _nan_result(self, other, ctx)
        if nan:
            return _done(ctx, *nan)
        if other._exp != 0:
            return _done(ctx, *_invalid())
        n = -other._int if other._sign else other._int
        if abs(n) > 2 * (ctx._Emax + ctx._prec):
            return _done(ctx, *_invalid())
        if self._exp == "F":
            return _plain(self)
        return _done(ctx, *_fix(self._sign, self._int, self._exp + n, ctx))

    def _shift_count(self, other, ctx):
        # The count of shift and rotate: an integer in [-prec, prec]; the
        # result (and status) instead when there is none.
        nan = _nan_result(self, other, ctx)
        if nan:
            return None, nan
        if other._exp != 0 or _ndigits(other._int) > 19 or other._int > ctx._prec:
            return None, _invalid()
        if self._exp == "F":
            return None, (_plain(self), 0)
        return (-other._int if other._sign else other._int), None

    def shift(self, other, context=None):
        """Return the result of shifting the digits of the first operand by an amount specified by the second operand."""
        ctx = _context(context)
        n, early = self._shift_count(_convert(other), ctx)
        if early:
            return _done(ctx, *early)
        limit = 10**ctx._prec
        if n >= 0:
            coeff = self._int * 10**n % limit
        else:
            coeff = self._int % limit // 10**-n
        return _dec(self._sign, coeff, self._exp)

    def rotate(self, other, context=None):
        """Return the result of rotating the digits of the first operand by an amount specified by the second operand."""
        ctx = _context(context)
        n, early = self._shift_count(_convert(other), ctx)
        if early:
            return _done(ctx, *early)
        prec = ctx._prec
        n %= prec
        coeff = self._int % 10**prec
        coeff = coeff * 10**n % 10**prec + coeff // 10 ** (prec - n)
        return _dec(self._sign, coeff, self._exp)

    def _logical(self, other, ctx, op):
        # A digit-wise logical operation on operands of zeros and ones.
        prec = ctx._prec
        values = []
        for d in (self, other):
            if _is_special(d) or d._sign or d._exp != 0 or _int_str(d._int).strip("01"):
                return _done(ctx, *_invalid())
            values.append(int(_int_str(d._int), 2) & ((1 << prec) - 1))
        bits = op(values[0], values[1]) & ((1 << prec) - 1)
        return _dec(0, _str_int(bin(bits)[2:]), 0)

    def logical_and(self, other, context=None):
        """Return the digit-wise 'and' of the two (logical) operands."""
        return self._logical(_convert(other), _context(context), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        """Return the digit-wise 'or' of the two (logical) operands."""
        return self._logical(_convert(other), _context(context), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        """Return the digit-wise 'exclusive or' of the two (logical) operands."""
        return self._logical(_convert(other), _context(context), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        """Return the digit-wise inversion of the (logical) operand."""
        return self._logical(_dec(0, 0, 0), _context(context), lambda x, y: ~x)

    def _next(self, ctx, up):
        # next_plus (up) or next_minus: the closest representable number
        # above or below.
        if _is_special(self):
            nan = _nan1(self, ctx)
            if nan:
                return nan
            if self._sign != up:
                return _plain(self), 0
            return _dec(self._sign, 10**ctx._prec - 1, ctx._Emax - ctx._prec + 1), 0
        rounding = ROUND_CEILING if up else ROUND_FLOOR
        work = _work_context(ctx, ctx._prec, rounding)
        work._clamp = ctx._clamp
        fitted, status = _fix(self._sign, self._int, self._exp, work)
        if status & _INEXACT:
            return fitted, 0
        tiny = _dec(1 - up, 1, ctx._Emin - ctx._prec)
        result, status = _add(self, tiny, work)
        return result, status & _INVALID

    def next_plus(self, context=None):
        """Return the smallest number representable in the given context that is larger than the given operand."""
        ctx = _context(context)
        return _done(ctx, *self._next(ctx, True))

    def next_minus(self, context=None):
        """Return the largest number representable in the given context that is smaller than the given operand."""
        ctx = _context(context)
        return _done(ctx, *self._next(ctx, False))

    def next_toward(self, other, context=None):
        """Return the number closest to the first operand in the direction of the second operand."""
        ctx = _context(context)
        other = _convert(other)
        nan = _nan_result(self, other, ctx)
        if nan:
            return _done(ctx, *nan)
        c = _cmp(self, other)
        if c == 0:
            return _dec(other._sign, self._int, self._exp)
        result, status = self._next(ctx, c < 0)
        if result._exp == "F":
            status |= _OVERFLOW | _INEXACT | _ROUNDED
        elif _adjusted(result) < ctx._Emin:
            status |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if result._int == 0:
                status |= _CLAMPED
        return _done(ctx, result, status)


_NAN = _dec(0, 0, "n")
_NAN_FLOAT = float("nan")

# Messages name these as CPython names its C types ('decimal.Decimal').
_codegen.c_type_name(Decimal)
_codegen.c_type_name(Context)
_codegen.c_type_name(_ContextManager)
_numbers.Number.register(Decimal)


# The arithmetic methods of Context: the Decimal methods with the context
# given, their operands Decimals or ints.


def _context_method(name, arity, run, doc):
    # A Context method of `arity` operands: run(context, *operands).
    def method(self, *args):
        if len(args) != arity:
            if arity == 1:
                raise TypeError("Context.%s() takes exactly one argument (%d given)" % (name, len(args)))
            raise TypeError("function takes exactly %d arguments (%d given)" % (arity, len(args)))
        return run(self, *[_convert(x) for x in args])

    method.__name__ = name
    method.__qualname__ = "Context." + name
    method.__doc__ = doc
    return method


def _calling(name, with_context):
    # run() for a method that is the Decimal method `name`.
    if with_context:
        return lambda ctx, a, *rest: getattr(a, name)(*rest, context=ctx)
    return lambda ctx, a, *rest: getattr(a, name)(*rest)


def _applying(op):
    # run() for a method that is the operation op.
    return lambda ctx, *operands: _done(ctx, *op(*operands, ctx))


for _name, _arity, _with_context in (
    ("copy_abs", 1, False),
    ("copy_negate", 1, False),
    ("copy_sign", 2, False),
    ("compare_total", 2, False),
    ("compare_total_mag", 2, False),
    ("is_finite", 1, False),
    ("is_infinite", 1, False),
    ("is_nan", 1, False),
    ("is_qnan", 1, False),
    ("is_signed", 1, False),
    ("is_snan", 1, False),
    ("is_zero", 1, False),
    ("same_quantum", 2, False),
    ("is_normal", 1, True),
    ("is_subnormal", 1, True),
    ("compare", 2, True),
    ("compare_signal", 2, True),
    ("logb", 1, True),
    ("logical_and", 2, True),
    ("logical_or", 2, True),
    ("logical_xor", 2, True),
    ("logical_invert", 1, True),
    ("max", 2, True),
    ("max_mag", 2, True),
    ("min", 2, True),
    ("min_mag", 2, True),
    ("next_minus", 1, True),
    ("next_plus", 1, True),
    ("next_toward", 2, True),
    ("quantize", 2, True),
    ("scaleb", 2, True),
    ("shift", 2, True),
    ("rotate", 2, True),
    ("to_integral", 1, True),
    ("to_integral_exact", 1, True),
    ("to_integral_value", 1, True),
    ("exp", 1, True),
    ("ln", 1, True),
    ("log10", 1, True),
    ("normalize", 1, True),
    ("sqrt", 1, True),
    ("remainder_near", 2, True),
):
    setattr(Context, _name, _context_method(_name, _arity, _calling(_name, _with_context), getattr(Decimal, _name).__doc__))
for _name, _arity, _op, _doc in (
    ("abs", 1, _abs, "Return the absolute value of the operand."),
    ("plus", 1, _plus, "Plus corresponds to the unary prefix plus operator in Python, but applies the context to the result."),
    ("minus", 1, lambda a, ctx: _plus(a, ctx, True), "Minus corresponds to the unary prefix minus operator in Python, but applies the context to the result."),
    ("add", 2, _add, "Return the sum of the two operands."),
    ("subtract", 2, _sub, "Return the difference between the two operands."),
    ("multiply", 2, _mul, "Multiply two operands."),
    ("divide", 2, _div, "Return x divided by y."),
    ("divide_int", 2, _divint, "Return x divided by y, truncated to an integer."),
    ("remainder", 2, _rem, "Return the remainder from integer division."),
):
    setattr(Context, _name, _context_method(_name, _arity, _applying(_op), _doc))
del _name, _arity, _with_context, _op, _doc
