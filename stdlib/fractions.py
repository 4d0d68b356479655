"""Fraction, infinite-precision, rational numbers.

The fractions module of coro, following CPython 3.11: a Fraction is a pair
of ints in lowest terms with a positive denominator. It mixes exactly with
ints and Fractions, and falls back to float arithmetic with floats. A
Decimal converts exactly, as a float does.
"""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# sys.hash_info.modulus and sys.hash_info.inf of a 64-bit CPython: a
# Fraction hashes like the int or float equal to it.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_digit(ch):
    # A regular expression's \d on str: any Unicode decimal digit.
    return ch.isdecimal()


def _skip_digits(text, i):
    # Past a run of digits with single underscores between them
    # (`\d+(_\d+)*`), starting at i; i itself when there is no digit there.
    n = len(text)
    if i >= n or not _is_digit(text[i]):
        return i
    i += 1
    while i < n:
        ch = text[i]
        if _is_digit(ch):
            i += 1
        elif ch == "_" and i + 1 < n and _is_digit(text[i + 1]):
            i += 2
        else:
            break
    return i


def _parse(literal):
    # The (numerator, denominator) a string spells, as CPython's
    # _RATIONAL_FORMAT reads it: [sign] digits ['/' digits] or a decimal
    # [sign] digits ['.' digits] [('e'|'E') [sign] digits], with whitespace
    # around. The denominator may be 0 (the caller reports it).
    text = literal.strip()
    n = len(text)
    i = 0
    if i < n and text[i] in "+-":
        i += 1
    # Lookahead: a digit, or a point followed by a digit.
    if not (i < n and (_is_digit(text[i]) or (text[i] == "." and i + 1 < n and _is_digit(text[i + 1])))):
        return None
    start = i
    i = _skip_digits(text, i)
    numerator = int(text[start:i] or "0")
    if i < n and text[i] == "/":
        j = _skip_digits(text, i + 1)
        if j == i + 1 or j != n:
            return None
        denominator = int(text[i + 1 : j])
    else:
        denominator = 1
        if i < n and text[i] == ".":
            i += 1
            start = i
            # CPython 3.11's pattern spells the fraction part `d*|\d+(_\d+)*`
            # (a missing backslash), so a run of letters d after the point
            # matches too, and int() then refuses it.
            if i < n and text[i] in "dD":
                while i < n and text[i] in "dD":
                    i += 1
            else:
                i = _skip_digits(text, i)
            decimal = text[start:i]
        else:
            decimal = ""
        exp = None
        if i < n and text[i] in "eE":
            i += 1
            start = i
            if i < n and text[i] in "+-":
                i += 1
            j = _skip_digits(text, i)
            if j == i:
                return None
            i = j
            exp = text[start:i]
        if i != n:
            return None
        if decimal:
            decimal = decimal.replace("_", "")
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp is not None:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10**exp
            else:
                denominator *= 10**-exp
    if text[0] == "-":
        numerator = -numerator
    return numerator, denominator


def _new(numerator, denominator):
    # A Fraction from a pair already in lowest terms (no checks).
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


def _is_rational(x):
    # isinstance(x, numbers.Rational), without the ABC machinery for the
    # common types.
    if isinstance(x, (int, Fraction)):
        return True
    if type(x) is float:
        return False
    return isinstance(x, numbers.Rational)


def _decimal_type():
    # decimal.Decimal once the decimal module is loaded (no Decimal exists
    # before), so that importing fractions does not load decimal.
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


def _is_real(x):
    # isinstance(x, numbers.Real), quickly for the common types.
    if isinstance(x, (int, float, Fraction)):
        return True
    return isinstance(x, numbers.Real)


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from numeric strings like '-2.3',
    '1e10' or '123/456', from floats (exactly), and from other Rational
    instances (including ints).
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.
        """
        self = object.__new__(cls)
        if denominator is None:
            kind = type(numerator)
            if kind is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if kind is not float and kind is not str and _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                # Exact: raises for an infinity or a NaN.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                decimal = _decimal_type()
                if decimal is not None and isinstance(numerator, decimal):
                    # Exact: raises for an infinity or a NaN.
                    self._numerator, self._denominator = numerator.as_integer_ratio()
                    return self
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            # Dividing by a negative gcd makes the denominator positive.
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).
        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal

        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: prev_p/prev_q and p/q are the
        # last two convergents whose denominators stay within the bound.
        prev_p, prev_q, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_q = prev_q + a * q
            if next_q > max_denominator:
                break
            prev_p, prev_q, p, q = p, q, prev_p + a * p, next_q
            n, d = d, n - a * d
        # The best semiconvergent on the other side of self.
        k = (max_denominator - prev_q) // q
        semi = Fraction(prev_p + k * p, prev_q + k * q)
        convergent = Fraction(p, q)
        # On a tie the convergent (the smaller denominator) wins.
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # The exact operations, on two Rationals (ints or Fractions); the pair of
    # special methods for each comes from _mixed_mode below.

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # Dividing the denominators by their gcd g keeps the numbers small;
        # only a factor of g can then be shared with the new numerator.
        g = math.gcd(da, db)
        if g == 1:
            return _new(na * db + da * nb, da * db)
        da_g = da // g
        top = na * (db // g) + nb * da_g
        g2 = math.gcd(top, g)
        if g2 == 1:
            return _new(top, da_g * db)
        return _new(top // g2, da_g * (db // g2))

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new(na * db - da * nb, da * db)
        da_g = da // g
        top = na * (db // g) - nb * da_g
        g2 = math.gcd(top, g)
        if g2 == 1:
            return _new(top, da_g * db)
        return _new(top // g2, da_g * (db // g2))

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # Cancelling across first leaves the product in lowest terms.
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _new(na * nb, db * da)

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        top, bottom = na * db, nb * da
        if bottom < 0:
            top, bottom = -top, -bottom
        if bottom == 0:
            # Reported with the numerator reduced as above, as CPython does.
            raise ZeroDivisionError("Fraction(%s, 0)" % top)
        return _new(top, bottom)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        quotient, remainder = divmod(a.numerator * db, da * b.numerator)
        return quotient, Fraction(remainder, da * db)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _mixed_mode(exact, on_floats, name):
        # The forward and reflected special methods of one operator: exact
        # with ints and Fractions, through float with other reals, and
        # NotImplemented otherwise (so the other operand may take over).
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return on_floats(float(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, (int, Fraction)):
                return exact(a, b)
            if type(a) is float:
                return on_floats(a, float(b))
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return on_floats(float(a), float(b))
            return NotImplemented

        forward.__name__ = "__" + name + "__"
        forward.__qualname__ = "Fraction.__" + name + "__"
        forward.__doc__ = exact.__doc__
        reverse.__name__ = "__r" + name + "__"
        reverse.__qualname__ = "Fraction.__r" + name + "__"
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    __add__, __radd__ = _mixed_mode(_add, operator.add, "add")
    __sub__, __rsub__ = _mixed_mode(_sub, operator.sub, "sub")
    __mul__, __rmul__ = _mixed_mode(_mul, operator.mul, "mul")
    __truediv__, __rtruediv__ = _mixed_mode(_div, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _mixed_mode(_floordiv, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _mixed_mode(_divmod, divmod, "divmod")
    __mod__, __rmod__ = _mixed_mode(_mod, operator.mod, "mod")

    del _mixed_mode

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.
        """
        if not _is_rational(b):
            return float(a) ** b
        if b.denominator != 1:
            # A fractional power is generally irrational.
            return float(a) ** float(b)
        power = b.numerator
        if power >= 0:
            return _new(a._numerator**power, a._denominator**power)
        # A negative power inverts; the sign moves to the numerator.
        if a._numerator > 0:
            return _new(a._denominator**-power, a._numerator**-power)
        if a._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator**-power))
        return _new((-a._denominator) ** -power, (-a._numerator) ** -power)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int base stays an int when it can.
            return a**b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a**b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _new(abs(a._numerator), a._denominator)

    def __float__(a):
        """float(a): the int division, correctly rounded, that cannot overflow
        on the way as float(numerator) / float(denominator) could."""
        return int(a.numerator) / int(a.denominator)

    def __int__(a):
        """int(a)"""
        return a.__trunc__()

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            # Exactly half way: to the even neighbour.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # The numeric hash of CPython: |numerator| / denominator modulo the
        # prime, or the hash of infinity when the prime divides the
        # denominator; it matches hash() of an equal int or float.
        denominator = self._denominator
        if denominator % _HASH_MODULUS == 0:
            value = _HASH_INF
        else:
            inverse = pow(denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            value = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if not isinstance(b, float) and isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Any finite value compares with them as 0 does.
                return 0.0 == b
            n, d = b.as_integer_ratio()
            return a._numerator == n and a._denominator == d
        return NotImplemented

    def _richcmp(self, other, op):
        # An order comparison with a Rational or a float, done exactly.
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            n, d = other.as_integer_ratio()
            return op(self._numerator * d, self._denominator * n)
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying: a Fraction is immutable.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
