# The math functions' special cases follow C99 Annex F as CPython applies
# them: pow of infinities and zeros, fmod of an infinity, modf of an
# infinity, unchecked degrees/radians.
import math
inf, nan = math.inf, math.nan
cases = [(math.pow, 0.0, -inf), (math.pow, -0.0, -inf), (math.pow, -inf, 0.5), (math.pow, -inf, -0.5), (math.pow, -inf, 3.0),
         (math.pow, -inf, -3.0), (math.pow, inf, 0.0), (math.pow, nan, 0.0), (math.pow, 1.0, nan), (math.pow, 0.5, inf),
         (math.pow, 2.0, -inf), (math.pow, -1.0, inf), (math.pow, 0.0, -1.0), (math.pow, -2.0, 0.5), (math.pow, 10.0, 400.0),
         (math.fmod, inf, 1.0), (math.fmod, -inf, 2.0), (math.fmod, 1.0, 0.0), (math.fmod, 1.0, inf), (math.fmod, nan, 0.0),
         (math.modf, inf), (math.modf, -inf), (math.modf, nan), (math.degrees, 1e308), (math.radians, -inf),
         (math.gamma, 0.5), (math.gamma, -1.5), (math.gamma, 171.5), (math.gamma, -0.0), (math.gamma, -inf),
         (math.lgamma, -inf), (math.lgamma, 0.5), (math.lgamma, -2.5), (math.lgamma, 3), (math.lgamma, 0.0),
         (math.hypot, 3.0, 4.0, 12.0), (math.hypot, 1e-310, 3e-310), (math.hypot, 0.7, 1.3), (math.hypot, inf, nan),
         (math.perm, -1), (math.perm, 5), (math.perm, 10**20, 10**19), (math.comb, 10**20, 10**19)]
for f, *args in cases:
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, OverflowError) as e:
        print(f.__name__, args, "!!", type(e).__name__, e)
# expect: pow [0.0, -inf] -> inf
# expect: pow [-0.0, -inf] -> inf
# expect: pow [-inf, 0.5] -> inf
# expect: pow [-inf, -0.5] -> 0.0
# expect: pow [-inf, 3.0] -> -inf
# expect: pow [-inf, -3.0] -> -0.0
# expect: pow [inf, 0.0] -> 1.0
# expect: pow [nan, 0.0] -> 1.0
# expect: pow [1.0, nan] -> 1.0
# expect: pow [0.5, inf] -> 0.0
# expect: pow [2.0, -inf] -> 0.0
# expect: pow [-1.0, inf] -> 1.0
# expect: pow [0.0, -1.0] !! ValueError math domain error
# expect: pow [-2.0, 0.5] !! ValueError math domain error
# expect: pow [10.0, 400.0] !! OverflowError math range error
# expect: fmod [inf, 1.0] !! ValueError math domain error
# expect: fmod [-inf, 2.0] !! ValueError math domain error
# expect: fmod [1.0, 0.0] !! ValueError math domain error
# expect: fmod [1.0, inf] -> 1.0
# expect: fmod [nan, 0.0] -> nan
# expect: modf [inf] -> (0.0, inf)
# expect: modf [-inf] -> (-0.0, -inf)
# expect: modf [nan] -> (nan, nan)
# expect: degrees [1e+308] -> inf
# expect: radians [-inf] -> -inf
# expect: gamma [0.5] -> 1.7724538509055159
# expect: gamma [-1.5] -> 2.3632718012073544
# expect: gamma [171.5] -> 9.483367566824801e+307
# expect: gamma [-0.0] !! ValueError math domain error
# expect: gamma [-inf] !! ValueError math domain error
# expect: lgamma [-inf] -> inf
# expect: lgamma [0.5] -> 0.5723649429247004
# expect: lgamma [-2.5] -> -0.05624371649767457
# expect: lgamma [3] -> 0.693147180559945
# expect: lgamma [0.0] !! ValueError math domain error
# expect: hypot [3.0, 4.0, 12.0] -> 13.0
# expect: hypot [1e-310, 3e-310] -> 3.1622776601684e-310
# expect: hypot [0.7, 1.3] -> 1.47648230602334
# expect: hypot [inf, nan] -> inf
# expect: perm [-1] !! ValueError factorial() not defined for negative values
# expect: perm [5] -> 120
# expect: perm [100000000000000000000, 10000000000000000000] !! OverflowError k must not exceed 9223372036854775807
# expect: comb [100000000000000000000, 10000000000000000000] !! OverflowError min(n - k, k) must not exceed 9223372036854775807
