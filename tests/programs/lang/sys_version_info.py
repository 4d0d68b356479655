# sys.version_info is a struct sequence: a tuple whose items are also
# named attributes, with CPython's repr; sys has no other missing names.
import sys
print(sys.version_info.major, sys.version_info >= (3, 11), sys.version_info[:2])
# expect: 3 True (3, 11)
print(sys.version_info)
# expect: sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
# expect: version_info True
major, minor, *_ = sys.version_info
print(major, minor, sys.version_info.releaselevel, len(sys.version_info))
# expect: 3 11 final 5
from sys import version_info
print(version_info is sys.version_info)
# expect: True
try:
    sys.nope
except AttributeError as e:
    print(e)
    # expect: module 'sys' has no attribute 'nope'
print(hasattr(sys, "nope"))
# expect: False
