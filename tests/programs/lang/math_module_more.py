# The rest of the math module: inverse hyperbolics, cbrt, expm1/log1p/exp2,
# erf/erfc, gamma/lgamma, frexp/ldexp, remainder, nextafter, ulp, dist.
import math
vals = [0.5, 1.0, 2.0, 3.7, 10.0, 1e-300, 5e-324, 0.0, -0.0, -2.5, 170.5, 1e300]
for name in ["asinh", "acosh", "atanh", "cbrt", "expm1", "exp2", "log1p", "erf", "erfc", "frexp", "ulp"]:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for a, b in [(1.0, 3), (0.75, -1075), (1.5, 1024), (3, -2), (1e-310, 10), (5e-324, -1), (0.0, 100)]:
    try:
        print(math.ldexp(a, b))
    except OverflowError as e:
        print("OverflowError", e)
print(math.remainder(10, 3), math.remainder(-7.5, 2), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.dist((1, 2, 3), (4, 6, 3)), math.dist([0.5], [1]))
for bad in [lambda: math.remainder(math.inf, 1), lambda: math.remainder(1, 0), lambda: math.dist((1,), (1, 2))]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
print(math.frexp(math.inf), math.frexp(1e-320), math.gamma(171.5) if False else 0)
print(math.gamma(5), f"{math.gamma(0.5):.12f}", f"{math.lgamma(10):.10f}", math.gamma(1), math.lgamma(1))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-3)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
# expect: asinh 0.48121182505960347 0.881373587019543 1.4436354751788103 2.0192606561549606 2.99822295029797 1e-300 5e-324 0.0 -0.0 -1.6472311463710958 5.831891077029825 691.4686750787736
# expect: acosh ValueError:math domain error 0.0 1.3169578969248166 1.9826969446812033 2.993222846126381 ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error 5.831873877315336 691.4686750787736
# expect: atanh 0.5493061443340548 ValueError:math domain error ValueError:math domain error ValueError:math domain error ValueError:math domain error 1e-300 5e-324 0.0 -0.0 ValueError:math domain error ValueError:math domain error ValueError:math domain error
# expect: cbrt 0.7937005259840998 1.0 1.2599210498948734 1.5466803737720356 2.1544346900318834 1e-100 1.7031839360032601e-108 0.0 -0.0 -1.3572088082974532 5.545083978397729 1e+100
# expect: expm1 0.6487212707001282 1.718281828459045 6.38905609893065 39.4473043600674 22025.465794806718 1e-300 5e-324 0.0 -0.0 -0.9179150013761013 1.1148313283435107e+74 OverflowError:math range error
# expect: exp2 1.4142135623730951 2.0 4.0 12.99603834169977 1024.0 1.0 1.0 1.0 1.0 0.1767766952966369 2.1164804474305e+51 OverflowError:math range error
# expect: log1p 0.4054651081081644 0.6931471805599453 1.0986122886681096 1.547562508716013 2.3978952727983707 1e-300 5e-324 0.0 -0.0 ValueError:math domain error 5.144583266605995 690.7755278982137
# expect: erf 0.5204998778130465 0.8427007929497149 0.9953222650189527 0.9999998328489421 1.0 1.1283791670955126e-300 5e-324 0.0 -0.0 -0.999593047982555 1.0 1.0
# expect: erfc 0.4795001221869535 0.15729920705028513 0.004677734981047265 1.6715105790914596e-07 2.088487583762545e-45 1.0 1.0 1.0 1.0 1.999593047982555 0.0 0.0
# expect: frexp (0.5, 0) (0.5, 1) (0.5, 2) (0.925, 2) (0.625, 4) (0.6696928794914171, -996) (0.5, -1073) (0.0, 0) (-0.0, 0) (-0.625, 2) (0.666015625, 8) (0.7466108948025751, 997)
# expect: ulp 1.1102230246251565e-16 2.220446049250313e-16 4.440892098500626e-16 4.440892098500626e-16 1.7763568394002505e-15 1.6578092e-316 5e-324 5e-324 5e-324 4.440892098500626e-16 2.842170943040401e-14 1.487016908477783e+284
# expect: 8.0
# expect: 0.0
# expect: OverflowError math range error
# expect: 0.75
# expect: 1.0239999999999969e-307
# expect: 0.0
# expect: 0.0
# expect: 1.0 0.5 1.0000000000000002 -5e-324 5.0 0.5
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError both points must have the same number of dimensions
# expect: (inf, 0) (0.98828125, -1063) 0
# expect: 24.0 1.772453850906 12.8018274801 1.0 0.0
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError math domain error
