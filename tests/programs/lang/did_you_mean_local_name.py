# An uncaught NameError suggests the nearest local name first (CPython's
# suggestions.c); `traceback` in 3.11 offers none.
import traceback

def total(items):
    result = 0
    for item in items:
        result += item
    try:
        return reslt
    except NameError:
        print(traceback.format_exc().splitlines()[-1])
    return reslt

total([1])
# expect: NameError: name 'reslt' is not defined
# expect error: NameError: name 'reslt' is not defined. Did you mean: 'result'?
