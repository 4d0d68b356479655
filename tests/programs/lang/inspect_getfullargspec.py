# inspect.getfullargspec and inspect.getcallargs, with their TypeErrors.
import inspect, functools

def f(a, b=1, /, c: int = 2, *args, d, e: str = 'x', **kw) -> bool:
    pass
def plain(x, y):
    pass
class K:
    def __init__(self, q, r=0): pass
    def __repr__(self): return '<K>'
    def meth(self, a, *, k=1): pass
    @classmethod
    def make(cls, *items): pass

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

for obj in (f, plain, lambda: 0, K, K(1).meth, K.make, functools.partial(plain, 1), deco(plain)):
    print(inspect.getfullargspec(obj))
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.FullArgSpec._fields)
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError:', e, '| cause:', repr(e.__cause__))

def call(func, *args, **kwargs):
    try:
        print(inspect.getcallargs(func, *args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)

call(f, 1, d=4)
call(f, 1, 2, 3, 4, 5, d=0, z=9)
call(plain, 1, 2)
call(plain, 1)
call(plain)
call(plain, 1, 2, 3)
call(plain, 1, x=2)
call(plain, 1, z=2)
call(lambda a, b=1: 0, 1, 2, 3)
call(lambda a, b=1, *, k: 0, 1, 2, 3, k=0)
call(lambda a, b, c, *, d, e: 0, 1)
call(lambda a, b, c, *, d, e: 0, 1, 2, 3)
call(lambda *, d, e, f: 0, e=1)
call(lambda: 0, 1)
call(lambda a, b, c, d=0: 0)
call(K(1).meth, 5)
call(K(1).meth, 5, k=2, j=3)
call(K.make, 1, 2)
# expect: FullArgSpec(args=['a', 'b', 'c'], varargs='args', varkw='kw', defaults=(1, 2), kwonlyargs=['d', 'e'], kwonlydefaults={'e': 'x'}, annotations={'return': <class 'bool'>, 'c': <class 'int'>, 'e': <class 'str'>})
# expect: FullArgSpec(args=['x', 'y'], varargs=None, varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: FullArgSpec(args=[], varargs=None, varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: FullArgSpec(args=['self', 'q', 'r'], varargs=None, varkw=None, defaults=(0,), kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: FullArgSpec(args=['self', 'a'], varargs=None, varkw=None, defaults=None, kwonlyargs=['k'], kwonlydefaults={'k': 1}, annotations={})
# expect: FullArgSpec(args=['cls'], varargs='items', varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: FullArgSpec(args=['y'], varargs=None, varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: FullArgSpec(args=[], varargs='args', varkw='kwargs', defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: ['a', 'b', 'c'] args kw (1, 2) ['d', 'e'] {'e': 'x'} {'return': <class 'bool'>, 'c': <class 'int'>, 'e': <class 'str'>}
# expect: ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')
# expect: TypeError: unsupported callable | cause: TypeError('3 is not a callable object')
# expect: {'a': 1, 'args': (), 'kw': {}, 'd': 4, 'b': 1, 'c': 2, 'e': 'x'}
# expect: {'a': 1, 'b': 2, 'c': 3, 'args': (4, 5), 'kw': {'z': 9}, 'd': 0, 'e': 'x'}
# expect: {'x': 1, 'y': 2}
# expect: TypeError: plain() missing 1 required positional argument: 'y'
# expect: TypeError: plain() missing 2 required positional arguments: 'x' and 'y'
# expect: TypeError: plain() takes 2 positional arguments but 3 were given
# expect: TypeError: plain() got multiple values for argument 'x'
# expect: TypeError: plain() got an unexpected keyword argument 'z'
# expect: TypeError: <lambda>() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: <lambda>() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: <lambda>() missing 2 required positional arguments: 'b' and 'c'
# expect: TypeError: <lambda>() missing 2 required keyword-only arguments: 'd' and 'e'
# expect: TypeError: <lambda>() missing 2 required keyword-only arguments: 'd' and 'f'
# expect: TypeError: <lambda>() takes 0 positional arguments but 1 was given
# expect: TypeError: <lambda>() missing 3 required positional arguments: 'a', 'b' and 'c'
# expect: {'self': <K>, 'a': 5, 'k': 1}
# expect: TypeError: meth() got an unexpected keyword argument 'j'
# expect: {'cls': <class '__main__.K'>, 'items': (1, 2)}
