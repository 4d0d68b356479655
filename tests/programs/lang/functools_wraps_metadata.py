# functools.wraps copies the name, qualname, doc, module and annotations:
# the wrapper's repr shows the wrapped function's name, and its __dict__
# holds only __wrapped__.
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(x: int) -> str:
    "Says hello."
    return "hello %d" % x

print(repr(greet).split(" at ")[0])
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__)
print(sorted(vars(greet)))
print(greet(3), greet.__wrapped__(4))
# expect: <function greet
# expect: greet greet Says hello. __main__
# expect: {'x': <class 'int'>, 'return': <class 'str'>}
# expect: ['__wrapped__']
# expect: hello 3 hello 4
