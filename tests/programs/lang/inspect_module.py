import inspect, functools, asyncio

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
class A:
    """Doc of A.

        indented line
    """
    def m(self): pass
    async def am(self): pass
    x = 3

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
def watcher():
    print("inside", inspect.getgeneratorstate(w))
    yield
w = watcher()
next(w)
g.close()
print(inspect.getgeneratorstate(g))
c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(coro), inspect.iscoroutinefunction(coro),
      inspect.iscoroutinefunction(A().am), inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(functools.partial(coro)))
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(agen()), inspect.isawaitable(cc := coro()), inspect.isawaitable(3))
cc.close()
print(inspect.isclass(A), inspect.isfunction(A.m), inspect.ismethod(A().m), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(A))
print(inspect.cleandoc("  first\n    second\n      third\n"))
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print(inspect.getmro(bool))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def target(): pass
print(inspect.unwrap(target) is target.__wrapped__)
class Aw:
    def __await__(self):
        yield
print(inspect.isawaitable(Aw()))
# expect: GEN_CREATED
# expect: GEN_SUSPENDED
# expect: inside GEN_RUNNING
# expect: GEN_CLOSED
# expect: CORO_CREATED
# expect: CORO_CLOSED
# expect: True False True True True True
# expect: True True True True False
# expect: True True True True True True
# expect: Doc of A.
# expect: 
# expect: indented line
# expect: first
# expect: second
# expect:   third
# expect: ['am', 'm', 'x']
# expect: ['am', 'm']
# expect: (<class 'bool'>, <class 'int'>, <class 'object'>)
# expect: True
# expect: True
