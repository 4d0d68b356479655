# Custom exception classes with __init__, super().__init__ and __str__.
class AppError(Exception):
    pass
class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line
class Quiet(Exception):
    def __init__(self, code):
        self.code = code
class Loud(Exception):
    def __str__(self):
        return "LOUD!"
try:
    raise ParseError(3, "bad token")
except AppError as e:
    print(type(e).__name__, e, e.line, e.args, repr(e))
# expect: ParseError line 3: bad token 3 ('line 3: bad token',) ParseError('line 3: bad token')
try:
    raise Quiet(7)
except Quiet as e:
    print(repr(str(e)), e.code, e.args)
# expect: '7' 7 (7,)
print(str(Loud("x")), repr(Loud("x")), Loud("a", "b").args)
# expect: LOUD! Loud('x') ('a', 'b')
e = AppError("a", 1)
print(str(e), repr(e), str(AppError()), repr(AppError()), str(AppError(5)))
# expect: ('a', 1) AppError('a', 1)  AppError() 5
print(isinstance(ParseError(1, "m"), Exception), issubclass(ParseError, AppError))
# expect: True True
raise ParseError(9, "oops")
# expect error: ParseError: line 9: oops
