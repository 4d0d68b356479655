# sys.float_info, int_info and version_info are struct sequences; the int/str digit limit can be read and set.
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.version_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max)
print(sys.version_info >= (3, 8), sys.version_info.major, type(sys.version_info).__name__, isinstance(sys.float_info, tuple))
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4999)))
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
# expect: sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
# expect: sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
# expect: sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
# expect: 1.7976931348623157e+308 2.220446049250313e-16 15 True
# expect: True 3 version_info True
# expect: 4300
# expect: ValueError: maxdigits must be 0 or larger than 640
# expect: 5001
# expect: 5000 5000
# expect: ValueError: Exceeds the limit (5000 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
