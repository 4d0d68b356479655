# traceback.format_exception lists one string per frame (its File line,
# source line and carets), per header and per line of the message's notes,
# as CPython's TracebackException.format yields them.
import traceback

def f():
    raise ValueError("x")

def rec(n):
    if n == 0:
        raise KeyError("deep")
    rec(n - 1)

try:
    f()
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    print([p.replace(__file__, "FILE") for p in parts])
    print([p.replace(__file__, "FILE") for p in traceback.format_tb(e.__traceback__)])

try:
    try:
        rec(6)
    except KeyError as e:
        raise RuntimeError("multi\nline") from e
except RuntimeError as e:
    e.add_note("note one\nsecond line")
    e.add_note("note two")
    for p in traceback.format_exception(e):
        print(repr(p.replace(__file__, "FILE")))
    print(traceback.format_exception_only(e))
    print([p.replace(__file__, "FILE") for p in traceback.format_exception(e, chain=False)])

try:
    compile("x = (1 +\n", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print([p.replace(__file__, "FILE") for p in traceback.format_exception(e)])

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except ExceptionGroup as g:
        raise
except ExceptionGroup as g:
    for p in traceback.format_exception(g):
        print(repr(p.replace(__file__, "FILE")))
    print(traceback.format_list(traceback.extract_tb(g.__traceback__))[0].replace(__file__, "FILE"), end="")
    print(len(traceback.format_exc().splitlines()))
# expect: 4
# expect: ['Traceback (most recent call last):\n', '  File "FILE", line 15, in <module>\n    f()\n', '  File "FILE", line 7, in f\n    raise ValueError("x")\n', 'ValueError: x\n']
# expect: ['  File "FILE", line 15, in <module>\n    f()\n', '  File "FILE", line 7, in f\n    raise ValueError("x")\n']
# expect: 'Traceback (most recent call last):\n'
# expect: '  File "FILE", line 24, in <module>\n    rec(6)\n'
# expect: '  File "FILE", line 12, in rec\n    rec(n - 1)\n'
# expect: '  File "FILE", line 12, in rec\n    rec(n - 1)\n'
# expect: '  File "FILE", line 12, in rec\n    rec(n - 1)\n'
# expect: '  [Previous line repeated 3 more times]\n'
# expect: '  File "FILE", line 11, in rec\n    raise KeyError("deep")\n'
# expect: "KeyError: 'deep'\n"
# expect: '\nThe above exception was the direct cause of the following exception:\n\n'
# expect: 'Traceback (most recent call last):\n'
# expect: '  File "FILE", line 26, in <module>\n    raise RuntimeError("multi\\nline") from e\n'
# expect: 'RuntimeError: multi\nline\n'
# expect: 'note one\n'
# expect: 'second line\n'
# expect: 'note two\n'
# expect: ['RuntimeError: multi\nline\n', 'note one\n', 'second line\n', 'note two\n']
# expect: ['Traceback (most recent call last):\n', '  File "FILE", line 26, in <module>\n    raise RuntimeError("multi\\nline") from e\n', 'RuntimeError: multi\nline\n', 'note one\n', 'second line\n', 'note two\n']
# expect: ['  File "<s>", line 1\n', '    x = (1 +\n', '        ^\n', "SyntaxError: '(' was never closed\n"]
# expect: ['Traceback (most recent call last):\n', '  File "FILE", line 36, in <module>\n    compile("x = (1 +\\n", "<s>", "exec")\n', '  File "<s>", line 1\n', '    x = (1 +\n', '        ^\n', "SyntaxError: '(' was never closed\n"]
# expect: '  + Exception Group Traceback (most recent call last):\n'
# expect: '  |   File "FILE", line 43, in <module>\n  |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])\n'
# expect: '  | ExceptionGroup: eg (2 sub-exceptions)\n'
# expect: '  +-+---------------- 1 ----------------\n'
# expect: '    | ValueError: 1\n'
# expect: '    +---------------- 2 ----------------\n'
# expect: '    | TypeError: 2\n'
# expect: '    +------------------------------------\n'
# expect:   File "FILE", line 43, in <module>
# expect:     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
# expect: 9
