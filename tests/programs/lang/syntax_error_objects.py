# SyntaxError objects: their attributes, str, and the printing of an uncaught one.
for s in ["x = (\n", "a b", "def f(:\n pass", "1 = 2", "return 5"]:
    try:
        exec(s)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), str(e))
for s in ["x=1", "1;2", "1\n2"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno)
e = SyntaxError()
print(str(e), e.msg, e.args, e.filename)
e = SyntaxError("m", ("/a/b/f.py", 3, 4, "t"))
print(str(e), e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno)
e = SyntaxError("m", ("f.py", 3, 4, "t", 3, 6))
print(e.end_lineno, e.end_offset, SyntaxError("only").msg)
for bad in ['exec(5)', 'eval(5)', 'exec("x", 5)', 'eval("x", 5)', 'eval("x", {}, 5)', 'exec("x", {}, 5)', 'compile("x", "f", "bad")', 'compile(5, "f", "exec")', 'exec("a\\0b")', 'eval("1", [])', 'eval("1", globals=None)']:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(eval(b"1+1"), eval("  1+1\n"), exec("x = 1", None), eval("y", None, {"y": 3}))
raise SyntaxError("bad thing", ("f.py", 3, 5, "  abc def\n", 3, 8))
# expect: SyntaxError "'(' was never closed" <string> 1 5 'x = (\n' '(' was never closed (<string>, line 1)
# expect: SyntaxError 'invalid syntax' <string> 1 3 'a b\n' invalid syntax (<string>, line 1)
# expect: SyntaxError 'invalid syntax' <string> 1 7 'def f(:\n' invalid syntax (<string>, line 1)
# expect: SyntaxError "cannot assign to literal here. Maybe you meant '==' instead of '='?" <string> 1 1 '1 = 2\n' cannot assign to literal here. Maybe you meant '==' instead of '='? (<string>, line 1)
# expect: SyntaxError "'return' outside function" <string> 1 1 None 'return' outside function (<string>, line 1)
# expect: 'invalid syntax' 1
# expect: 'invalid syntax' 1
# expect: 'invalid syntax' 2
# expect: None None () None
# expect: m (f.py, line 3) ('m', ('/a/b/f.py', 3, 4, 't')) /a/b/f.py 3 4 t None
# expect: 3 6 only
# expect: exec(5) -> TypeError exec() arg 1 must be a string, bytes or code object
# expect: eval(5) -> TypeError eval() arg 1 must be a string, bytes or code object
# expect: exec("x", 5) -> TypeError exec() globals must be a dict, not int
# expect: eval("x", 5) -> TypeError globals must be a dict
# expect: eval("x", {}, 5) -> TypeError locals must be a mapping
# expect: exec("x", {}, 5) -> TypeError locals must be a mapping or None, not int
# expect: compile("x", "f", "bad") -> ValueError compile() mode must be 'exec', 'eval' or 'single'
# expect: compile(5, "f", "exec") -> TypeError compile() arg 1 must be a string, bytes or AST object
# expect: exec("a\0b") -> SyntaxError source code string cannot contain null bytes
# expect: eval("1", []) -> TypeError globals must be a real dict; try eval(expr, {}, mapping)
# expect: eval("1", globals=None) -> TypeError eval() takes no keyword arguments
# expect: 2 2 None 3
# expect error:   File "f.py", line 3
# expect error:     abc def
# expect error:       ^^^
# expect error: SyntaxError: bad thing
