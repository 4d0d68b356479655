for stmt in [lambda: setattr([], "append", 3), lambda: setattr((1,), "count", 2), lambda: setattr("s", "upper", 1), lambda: setattr(1, "real", 3), lambda: setattr({}, "x", 1), lambda: setattr(None, "x", 1)]:
    try:
        stmt()
    except AttributeError as e:
        print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        if k == 1:
            del d[2]
            d[3] = 3
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k * 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 7
print(d)
# expect: 'list' object attribute 'append' is read-only
# expect: 'tuple' object attribute 'count' is read-only
# expect: 'str' object attribute 'upper' is read-only
# expect: attribute 'real' of 'int' objects is not writable
# expect: 'dict' object has no attribute 'x'
# expect: 'NoneType' object has no attribute 'x'
# expect: {1: 1, 3: 3}
# expect: dictionary changed size during iteration
# expect: {1: 7, 2: 7}
