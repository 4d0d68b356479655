# object's slot wrappers and builtin methods reached through a class check their receiver.
for f in [str.upper, list.append, dict.keys, int.bit_length, set.add, tuple.count, float.hex, bytes.hex, list.sort]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
for f, args in [(object.__repr__, ()), (object.__eq__, ()), (object.__eq__, (1,)), (object.__hash__, ()), (object.__format__, ()), (object.__format__, (1,)), (object.__str__, ()), (object.__ne__, (1,)), (object.__lt__, (1,)), (object.__hash__, (1, 2))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: unbound method str.upper() needs an argument
# expect: TypeError: unbound method list.append() needs an argument
# expect: TypeError: unbound method dict.keys() needs an argument
# expect: TypeError: unbound method int.bit_length() needs an argument
# expect: TypeError: unbound method set.add() needs an argument
# expect: TypeError: unbound method tuple.count() needs an argument
# expect: TypeError: unbound method float.hex() needs an argument
# expect: TypeError: unbound method bytes.hex() needs an argument
# expect: TypeError: unbound method list.sort() needs an argument
# expect: TypeError: descriptor '__repr__' of 'object' object needs an argument
# expect: TypeError: descriptor '__eq__' of 'object' object needs an argument
# expect: TypeError: expected 1 argument, got 0
# expect: TypeError: descriptor '__hash__' of 'object' object needs an argument
# expect: TypeError: unbound method object.__format__() needs an argument
# expect: TypeError: object.__format__() takes exactly one argument (0 given)
# expect: TypeError: descriptor '__str__' of 'object' object needs an argument
# expect: TypeError: expected 1 argument, got 0
# expect: TypeError: expected 1 argument, got 0
# expect: TypeError: expected 0 arguments, got 1
