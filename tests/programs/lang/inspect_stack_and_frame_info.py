# inspect.currentframe, stack, getframeinfo (with context lines and positions), getouterframes, getinnerframes and trace, as CPython 3.11 gives them
import inspect, sys

def who_called():
    return inspect.stack()[1].function

def api():
    return who_called()

print(api())

def here():
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.filename == __file__, info.lineno, info.function, info.code_context, info.index)
    print(info.positions)
    print(info[:3] == (info.filename, info.lineno, info.function))
here()

def ctx():
    info = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(info.code_context, info.index)
ctx()

def outer():
    return [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in inspect.stack()]
print(outer())
print(len(inspect.stack(0)[0]), inspect.stack(0)[0].code_context)

def fail():
    raise ValueError("x")
try:
    fail()
except ValueError:
    for fi in inspect.trace():
        print(fi.function, fi.lineno, fi.code_context, fi.positions)
    tb = sys.exc_info()[2]
    print([(f.function, f.lineno) for f in inspect.getinnerframes(tb)])

print(inspect.getlineno(inspect.currentframe()))
print(inspect.isframe(inspect.currentframe()), inspect.currentframe().f_code.co_name)
fi = inspect.stack()[0]
print(type(fi).__name__, fi.filename == __file__, fi[2], fi.positions.lineno)
try:
    inspect.getframeinfo(5)
except Exception as e:
    print(type(e).__name__, e)
# expect: api
# expect: True 13 here ['    info = inspect.getframeinfo(inspect.currentframe())\n'] 0
# expect: Positions(lineno=13, end_lineno=13, col_offset=11, end_col_offset=55)
# expect: True
# expect: ['def ctx():\n', '    info = inspect.getframeinfo(inspect.currentframe(), context=3)\n', '    print(info.code_context, info.index)\n'] 1
# expect: [('outer', 25, ['    return [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in inspect.stack()]\n'], 0), ('<module>', 26, ['print(outer())\n'], 0)]
# expect: 6 None
# expect: <module> 32 ['    fail()\n'] Positions(lineno=32, end_lineno=32, col_offset=4, end_col_offset=10)
# expect: fail 30 ['    raise ValueError("x")\n'] Positions(lineno=30, end_lineno=30, col_offset=4, end_col_offset=25)
# expect: [('<module>', 32), ('fail', 30)]
# expect: 39
# expect: True <module>
# expect: FrameInfo True 41 41
# expect: AttributeError 'int' object has no attribute 'f_lineno'
