# string.Formatter: parse (with CPython's errors), format/vformat, field lookup, conversions, overridable hooks, auto/manual numbering errors.
import string
f = string.Formatter()
for s in ['{!}', '{0!', '{0!r', '{0!rx}', '{0:', '{0:{1}', '{a{b}', '{', '}', 'a}b', '{0]}', '{0[}', '{0.}', '{0[1]x}', '{.a}', '{[0]}', '{0!r:}', '{0!:}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        print(repr(s), f.format(s, [1,2], 3))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} and {name} {missing!r:>12}|{0:{1}}", "ab", 5, name="x"))
print(f.format("{0[1]} {1.real} {k[a]} {:d}".replace("{:d}", ""), [1, 2], 3, k={"a": 4}))
print(f.vformat("{a}-{b!s}-{c!a}", (), {"a": 1, "b": "s", "c": "é"}))
for s, args in [("{}{1}", (1, 2)), ("{0}{}", (1, 2)), ("{:{:{}}}", (1, 2, 3)), ("{5}", (1,)), ("{x}", ())]:
    try:
        print(f.format(s, *args))
    except Exception as e:
        print(type(e).__name__, e)
# expect: '{!}' ValueError unmatched '{' in format spec
# expect: '{!}' ValueError unmatched '{' in format spec
# expect: '{0!' ValueError end of string while looking for conversion specifier
# expect: '{0!' ValueError end of string while looking for conversion specifier
# expect: '{0!r' ValueError unmatched '{' in format spec
# expect: '{0!r' ValueError unmatched '{' in format spec
# expect: '{0!rx}' ValueError expected ':' after conversion specifier
# expect: '{0!rx}' ValueError expected ':' after conversion specifier
# expect: '{0:' ValueError unmatched '{' in format spec
# expect: '{0:' ValueError unmatched '{' in format spec
# expect: '{0:{1}' ValueError unmatched '{' in format spec
# expect: '{0:{1}' ValueError unmatched '{' in format spec
# expect: '{a{b}' ValueError unexpected '{' in field name
# expect: '{a{b}' ValueError unexpected '{' in field name
# expect: '{' ValueError Single '{' encountered in format string
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: 'a}b' ValueError Single '}' encountered in format string
# expect: 'a}b' ValueError Single '}' encountered in format string
# expect: '{0]}' [('', '0]', '', None)]
# expect: '{0]}' KeyError '0]'
# expect: '{0[}' ValueError expected '}' before end of string
# expect: '{0[}' ValueError expected '}' before end of string
# expect: '{0.}' [('', '0.', '', None)]
# expect: '{0.}' ValueError Empty attribute in format string
# expect: '{0[1]x}' [('', '0[1]x', '', None)]
# expect: '{0[1]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '{.a}' [('', '.a', '', None)]
# expect: '{.a}' KeyError ''
# expect: '{[0]}' [('', '[0]', '', None)]
# expect: '{[0]}' KeyError ''
# expect: '{0!r:}' [('', '0', '', 'r')]
# expect: '{0!r:}' [1, 2]
# expect: '{0!:}' [('', '0', '', ':')]
# expect: '{0!:}' ValueError Unknown conversion specifier :
# expect: AB and X  '<MISSING>'|AB   
# expect: 2 3 4 
# expect: 1-s-'\xe9'
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError Max string recursion exceeded
# expect: IndexError tuple index out of range
# expect: KeyError 'x'
