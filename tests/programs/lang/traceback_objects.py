import traceback, sys

def inner(x):
    return 1 / x

def outer():
    return inner(0) + 1

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb), type(tb).__name__)
    n = 0
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename == __file__)
        tb = tb.tb_next
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.name, fs.line, len(fs))
        fn, ln, name, line = fs
        print(name, line)
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "F"))
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
    print(traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    print(sys.exc_info()[2].tb_lineno)
    class Out:
        def write(self, text):
            sys.stdout.write(text.replace(__file__, "F"))
    traceback.print_tb(e.__traceback__, file=Out())
    e2 = ValueError("x").with_traceback(e.__traceback__)
    print(e2.__traceback__.tb_next.tb_lineno)
    print(repr(traceback.extract_tb(e.__traceback__)[0]).replace(__file__, "F"))
    print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
    for f, ln in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, ln)

print(ValueError().__traceback__)
try:
    ValueError().with_traceback(3)
except TypeError as e:
    print(e)

def f():
    try:
        raise KeyError(1)
    except KeyError as e:
        raise e.with_traceback(None)
try:
    f()
except KeyError as e:
    print(len(traceback.extract_tb(e.__traceback__)))
try:
    raise ValueError("v")
except ValueError as e:
    e.__traceback__ = None
    print(e.__traceback__)
    traceback.print_exception(e, file=sys.stdout)
# expect: <class 'traceback'> traceback
# expect: 10 <module> True
# expect: 7 outer True
# expect: 4 inner True
# expect: 10 <module> outer() 4
# expect: <module> outer()
# expect: 7 outer return inner(0) + 1 4
# expect: outer return inner(0) + 1
# expect: 4 inner return 1 / x 4
# expect: inner return 1 / x
# expect:   File "F", line 10, in <module>
# expect:     outer()
# expect:   File "F", line 7, in outer
# expect:     return inner(0) + 1
# expect:            ^^^^^^^^
# expect:   File "F", line 4, in inner
# expect:     return 1 / x
# expect:            ~~^~~
# expect: 
# expect: <module>
# expect: inner
# expect: 10
# expect:   File "F", line 10, in <module>
# expect:     outer()
# expect:   File "F", line 7, in outer
# expect:     return inner(0) + 1
# expect:            ^^^^^^^^
# expect:   File "F", line 4, in inner
# expect:     return 1 / x
# expect:            ~~^~~
# expect: 7
# expect: <FrameSummary file F, line 10 in <module>>
# expect: ['  File "a.py", line 3, in f\n    x = 1\n']
# expect: <module> 10
# expect: outer 7
# expect: inner 4
# expect: None
# expect: __traceback__ must be a traceback or None
# expect: 2
# expect: None
# expect: ValueError: v
