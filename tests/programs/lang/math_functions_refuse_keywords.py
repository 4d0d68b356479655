# The math functions take no keyword arguments (isclose and prod aside),
# named in CPython's messages.
import math
names = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh", "degrees",
         "dist", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot",
         "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf", "nextafter", "perm",
         "pow", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for n in names:
    try:
        getattr(math, n)(1, x=1)
    except TypeError as e:
        print(e)
# expect: math.acos() takes no keyword arguments
# expect: math.acosh() takes no keyword arguments
# expect: math.asin() takes no keyword arguments
# expect: math.asinh() takes no keyword arguments
# expect: math.atan() takes no keyword arguments
# expect: math.atan2() takes no keyword arguments
# expect: math.atanh() takes no keyword arguments
# expect: math.cbrt() takes no keyword arguments
# expect: math.ceil() takes no keyword arguments
# expect: math.comb() takes no keyword arguments
# expect: math.copysign() takes no keyword arguments
# expect: math.cos() takes no keyword arguments
# expect: math.cosh() takes no keyword arguments
# expect: math.degrees() takes no keyword arguments
# expect: math.dist() takes no keyword arguments
# expect: math.erf() takes no keyword arguments
# expect: math.erfc() takes no keyword arguments
# expect: math.exp() takes no keyword arguments
# expect: math.exp2() takes no keyword arguments
# expect: math.expm1() takes no keyword arguments
# expect: math.fabs() takes no keyword arguments
# expect: math.factorial() takes no keyword arguments
# expect: math.floor() takes no keyword arguments
# expect: math.fmod() takes no keyword arguments
# expect: math.frexp() takes no keyword arguments
# expect: math.fsum() takes no keyword arguments
# expect: math.gamma() takes no keyword arguments
# expect: math.gcd() takes no keyword arguments
# expect: math.hypot() takes no keyword arguments
# expect: math.isfinite() takes no keyword arguments
# expect: math.isinf() takes no keyword arguments
# expect: math.isnan() takes no keyword arguments
# expect: math.isqrt() takes no keyword arguments
# expect: math.lcm() takes no keyword arguments
# expect: math.ldexp() takes no keyword arguments
# expect: math.lgamma() takes no keyword arguments
# expect: log() takes no keyword arguments
# expect: math.log10() takes no keyword arguments
# expect: math.log1p() takes no keyword arguments
# expect: math.log2() takes no keyword arguments
# expect: math.modf() takes no keyword arguments
# expect: math.nextafter() takes no keyword arguments
# expect: math.perm() takes no keyword arguments
# expect: math.pow() takes no keyword arguments
# expect: math.radians() takes no keyword arguments
# expect: math.remainder() takes no keyword arguments
# expect: math.sin() takes no keyword arguments
# expect: math.sinh() takes no keyword arguments
# expect: math.sqrt() takes no keyword arguments
# expect: math.tan() takes no keyword arguments
# expect: math.tanh() takes no keyword arguments
# expect: math.trunc() takes no keyword arguments
# expect: math.ulp() takes no keyword arguments
