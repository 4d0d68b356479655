# int() of an object with only __trunc__ warns of the deprecated delegation, at the calling line, as CPython 3.11
import math
class T:
    def __trunc__(self):
        return 3
print(int(T()), math.trunc(T()))
def convert():
    return int(T())
print(convert(), convert())
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(T())
    except DeprecationWarning as e:
        print("raised:", e)
# expect: 3 3
# expect: 3 3
# expect: raised: The delegation of int() to __trunc__ is deprecated.
# expect error: int_trunc_delegation_warns.py:6: DeprecationWarning: The delegation of int() to __trunc__ is deprecated.
# expect error:   print(int(T()), math.trunc(T()))
# expect error: int_trunc_delegation_warns.py:8: DeprecationWarning: The delegation of int() to __trunc__ is deprecated.
# expect error:   return int(T())
# expect exit: 0
