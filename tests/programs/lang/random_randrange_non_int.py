# randrange takes an int-valued float as 3.11 does (deprecated), and refuses other non-integers with its ValueErrors.
import warnings
warnings.simplefilter('ignore')  # CPython's DeprecationWarning for int-valued floats
import random
r = random.Random(5)
for a in [(10.0,), (2.0, 8.0), (1, 2.5), (1, 10, 1.5), ('5',), (True,), (0,), (5, None, 2), (10, 2)]:
    try:
        print(r.randrange(*a))
    except Exception as e:
        print(type(e).__name__, e)
print([r.randrange(7) for _ in range(5)])
# expect: 9
# expect: 4
# expect: ValueError non-integer stop for randrange()
# expect: ValueError non-integer step for randrange()
# expect: ValueError non-integer arg 1 for randrange()
# expect: 0
# expect: ValueError empty range for randrange()
# expect: TypeError Missing a non-None stop argument
# expect: ValueError empty range for randrange() (10, 2, -8)
# expect: [6, 5, 6, 5, 5]
