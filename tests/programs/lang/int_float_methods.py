# Methods and attributes of int and float.
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
# expect: 8 8 0 101
print((10).bit_count(), (-7).bit_count())
# expect: 2 3
print((2.0).is_integer(), (2.5).is_integer())
# expect: True False
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
# expect: (1, 2) (-3, 4) (3, 1)
print((5).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag)
# expect: (5, 1) 7 7 0
print((1.5).real, (1.5).imag, (3).numerator, (3).denominator, (2.5).conjugate())
# expect: 1.5 0.0 3 1 2.5
print((10).__index__(), True.bit_length())
# expect: 10 1
