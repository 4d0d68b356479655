# type(), __name__, __class__, callable and getattr on builtins.
print(type(3).__name__, type(3.0).__name__, type("").__name__, type([]).__name__, type(()).__name__)
# expect: int float str list tuple
print(type({}).__name__, type(set()).__name__, type(None).__name__, type(len).__name__, type(range(1)).__name__)
# expect: dict set NoneType builtin_function_or_method range
print((1).__class__, "s".__class__.__name__, int.__name__, callable(len), callable(3), callable(int))
# expect: <class 'int'> str int True False True
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "real"), hasattr("", "nope"))
# expect: ABC True True False
def f(): pass
class K:
    def m(self): pass
print(type(f).__name__, type(K().m).__name__, type(K).__name__, type(lambda: 0).__name__)
# expect: function method type function
print(f.__name__, K.m.__name__, K().m.__name__, (lambda: 0).__name__)
# expect: f m m <lambda>
