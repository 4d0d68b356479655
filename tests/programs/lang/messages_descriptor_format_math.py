# Messages: unbound slot wrappers and methods, malformed str.format fields,
# and math's argument counts.
for f in [list.__len__, list.append, str.__add__, list.__reversed__, dict.__getitem__, list.__getitem__, object.__init__, int.__add__, str.upper, dict.keys, set.__contains__, list.__iadd__, tuple.__hash__, object.__repr__]:
    try:
        f()
    except TypeError as e:
        print(e)
cases = ["{0[x}", "{0[x]", "{0[}", "{0[x]y}", "{", "}", "{0", "{0!}", "{0!r", "{0!x}", "{0:{}}", "{0[x]!r:>{1}", "{a.}", "{a..b}", "{0[]}", "{[x}", "{0.[x]}", "{!r}", "{:", "{0:{1:{2}}}", "x{}y{", "{0]}", "{0[1]]}", "{0}}"]
for c in cases:
    try:
        print(repr(c), repr(c.format([1, 2], 3, 4, a=5)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for c in ["{a{b}", "{0[{]}", "{0[}]}", "{0[x]:{1}}", "{0:[}", "{0!r:[}", "{a[b]c}", "{0[1]:>5}", "{[}"]:
    try:
        print(repr(c), repr(c.format({"{": 1, "}": 2, "x": 3, "b": 4}, 9, a={"b": 7})))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
import math
for f in (math.sqrt, math.floor, math.atan2, math.log):
    for args in [(), (1, 2, 3)]:
        try:
            f(*args)
        except TypeError as e:
            print(e)
# expect: descriptor '__len__' of 'list' object needs an argument
# expect: unbound method list.append() needs an argument
# expect: descriptor '__add__' of 'str' object needs an argument
# expect: unbound method list.__reversed__() needs an argument
# expect: unbound method dict.__getitem__() needs an argument
# expect: unbound method list.__getitem__() needs an argument
# expect: descriptor '__init__' of 'object' object needs an argument
# expect: descriptor '__add__' of 'int' object needs an argument
# expect: unbound method str.upper() needs an argument
# expect: unbound method dict.keys() needs an argument
# expect: unbound method set.__contains__() needs an argument
# expect: descriptor '__iadd__' of 'list' object needs an argument
# expect: descriptor '__hash__' of 'tuple' object needs an argument
# expect: descriptor '__repr__' of 'object' object needs an argument
# expect: '{0[x}' ValueError expected '}' before end of string
# expect: '{0[x]' ValueError expected '}' before end of string
# expect: '{0[}' ValueError expected '}' before end of string
# expect: '{0[x]y}' TypeError list indices must be integers or slices, not str
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: '{0' ValueError expected '}' before end of string
# expect: '{0!}' ValueError unmatched '{' in format spec
# expect: '{0!r' ValueError unmatched '{' in format spec
# expect: '{0!x}' ValueError Unknown conversion specifier x
# expect: '{0:{}}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{0[x]!r:>{1}' ValueError unmatched '{' in format spec
# expect: '{a.}' ValueError Empty attribute in format string
# expect: '{a..b}' ValueError Empty attribute in format string
# expect: '{0[]}' ValueError Empty attribute in format string
# expect: '{[x}' ValueError expected '}' before end of string
# expect: '{0.[x]}' ValueError Empty attribute in format string
# expect: '{!r}' '[1, 2]'
# expect: '{:' ValueError unmatched '{' in format spec
# expect: '{0:{1:{2}}}' ValueError Max string recursion exceeded
# expect: 'x{}y{' ValueError Single '{' encountered in format string
# expect: '{0]}' KeyError '0]'
# expect: '{0[1]]}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '{0}}' ValueError Single '}' encountered in format string
# expect: '{a{b}' ValueError unexpected '{' in field name
# expect: '{0[{]}' '1'
# expect: '{0[}]}' '2'
# expect: '{0[x]:{1}}' '        3'
# expect: '{0:[}' TypeError unsupported format string passed to dict.__format__
# expect: '{0!r:[}' ValueError Unknown format code '[' for object of type 'str'
# expect: '{a[b]c}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '{0[1]:>5}' KeyError 1
# expect: '{[}' ValueError expected '}' before end of string
# expect: math.sqrt() takes exactly one argument (0 given)
# expect: math.sqrt() takes exactly one argument (3 given)
# expect: math.floor() takes exactly one argument (0 given)
# expect: math.floor() takes exactly one argument (3 given)
# expect: atan2 expected 2 arguments, got 0
# expect: atan2 expected 2 arguments, got 3
# expect: math.log requires 1 to 2 arguments
# expect: math.log requires 1 to 2 arguments
