# sys.hash_info (and the hashes that follow it) and sys.flags.
import sys
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi[0], len(hi))
print(hash(float("inf")) == hi.inf, hash(2**61 - 1) == 0, (2**61 - 1) == hi.modulus)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits, type(sys.flags).__name__)
# expect: 64 2305843009213693951 314159 0 1000003 siphash13 64 9
# expect: True True True
# expect: 0 0 -1 flags
