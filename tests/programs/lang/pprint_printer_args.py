# PrettyPrinter checks its arguments and writes to the stream it was given.
import pprint, io
for kwargs in ({'indent': -1}, {'depth': 0}, {'depth': -5}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.PrettyPrinter(width='wide')
except ValueError as e:
    print('ValueError:', e)
out = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=20, stream=out)
printer.pprint(list(range(8)))
printer.pprint({'k': 'v'})
print(repr(out.getvalue()))
pprint.pprint(['to', 'a', 'stream'], stream=out)
print(out.getvalue().splitlines()[-1])
print(pprint.PrettyPrinter(width=-1).pformat([1, 2]))
# expect: ValueError: indent must be >= 0
# expect: ValueError: depth must be > 0
# expect: ValueError: depth must be > 0
# expect: ValueError: width must be != 0
# expect: ValueError: invalid literal for int() with base 10: 'wide'
# expect: "[ 0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7]\n{'k': 'v'}\n"
# expect: ['to', 'a', 'stream']
# expect: [1,
# expect:  2]
