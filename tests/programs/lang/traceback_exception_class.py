# traceback.TracebackException: made from an exception, it formats it as
# traceback.format_exception does and keeps its stack, type and chain.
import traceback, io

def inner():
    {}["k"]

try:
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format_exception_only()), end="")
    print(te.exc_type.__name__, str(te), te.__suppress_context__)
    print(te.__cause__.exc_type.__name__, te.__cause__._str, te.__context__ is not None)
    print([(f.name, f.line) for f in te.stack], [f.name for f in te.__cause__.stack])
    print(list(te.format()) == traceback.format_exception(e))
    print(list(te.format(chain=False)) == traceback.format_exception(e, chain=False))
    buf = io.StringIO()
    te.print(file=buf)
    print(buf.getvalue() == "".join(traceback.format_exception(e)))
    print(te == traceback.TracebackException(type(e), e, e.__traceback__), te.exceptions)
    compact = traceback.TracebackException.from_exception(e, compact=True)
    print(compact.__context__)

try:
    compile("1 +", "<src>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg, repr(te.text))
    print(list(te.format_exception_only()))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    te = traceback.TracebackException.from_exception(g)
    print([str(x) for x in te.exceptions], [x.exc_type.__name__ for x in te.exceptions])
# expect: ValueError: outer
# expect: ValueError outer True
# expect: KeyError 'k' False
# expect: [('<module>', 'raise ValueError("outer") from e')] ['<module>', 'inner']
# expect: True
# expect: True
# expect: True
# expect: True None
# expect: None
# expect: <src> 1 invalid syntax '1 +\n'
# expect: ['  File "<src>", line 1\n', '    1 +\n', '       ^\n', 'SyntaxError: invalid syntax\n']
# expect: ['1', '2'] ['ValueError', 'TypeError']
