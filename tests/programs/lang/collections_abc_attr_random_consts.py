# collections.abc without importing it; random's constants.
import collections
print(isinstance([], collections.abc.Iterable), collections.abc.Mapping.__name__, "abc" in dir(collections), "UserDict" in dir(collections))
import random
for n in ['BPF', 'LOG4', 'NV_MAGICCONST', 'RECIP_BPF', 'SG_MAGICCONST', 'TWOPI']:
    print(n, repr(getattr(random, n)))
# expect: True Mapping True True
# expect: BPF 53
# expect: LOG4 1.3862943611198906
# expect: NV_MAGICCONST 1.7155277699214135
# expect: RECIP_BPF 1.1102230246251565e-16
# expect: SG_MAGICCONST 2.504077396776274
# expect: TWOPI 6.283185307179586
