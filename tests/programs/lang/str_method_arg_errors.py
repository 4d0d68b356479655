for call in [lambda: "a".split(1), lambda: "a".rsplit(1), lambda: "a".strip(1), lambda: "a".replace(1, "b"), lambda: "a".startswith(1), lambda: "a".join([1]), lambda: "a".count(1), lambda: "a".find(1), lambda: "a".partition(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    from math import nope
except ImportError as e:
    print(e.name)
# expect: must be str or None, not int
# expect: must be str or None, not int
# expect: strip arg must be None or str
# expect: replace() argument 1 must be str, not int
# expect: startswith first arg must be str or a tuple of str, not int
# expect: sequence item 0: expected str instance, int found
# expect: must be str, not int
# expect: must be str, not int
# expect: must be str, not int
# expect: math
