# The builtin exception hierarchy and except clauses matching base classes.
pairs = [
    (ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (OverflowError, ArithmeticError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
# expect: ZeroDivisionError ArithmeticError True
# expect: KeyError LookupError True
# expect: IndexError LookupError True
# expect: UnboundLocalError NameError True
# expect: RecursionError RuntimeError True
# expect: NotImplementedError RuntimeError True
# expect: FileNotFoundError OSError True
# expect: StopIteration Exception True
# expect: KeyboardInterrupt Exception False
# expect: SystemExit BaseException True
# expect: Exception BaseException True
# expect: OverflowError ArithmeticError True
try:
    {}["k"]
except LookupError as e:
    print("caught", type(e).__name__, repr(e))
# expect: caught KeyError KeyError('k')
try:
    1 / 0
except (TypeError, ArithmeticError) as e:
    print("caught", type(e).__name__, e.args)
# expect: caught ZeroDivisionError ('division by zero',)
print([c.__name__ for c in ZeroDivisionError.__mro__])
# expect: ['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException', 'object']
