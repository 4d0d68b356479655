# Inside a class, __names (not __dunders__) are private: mangled to _Class__name
# in attributes, variables, parameters, method and class bindings (not __name__),
# and nested classes; keyword argument names stay as written.
class Base:
    __slots_like = 3
    def __init__(self):
        self.__id = "base"
    def base_id(self):
        return self.__id
    def __helper(self):
        return "helper of Base"
    def call(self):
        return self.__helper()

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__id = "child"
    def child_id(self):
        return self.__id
    def __helper(self):
        return "helper of Child"

c = Child()
print(c.base_id(), c.child_id(), c.call())
# expect: base child helper of Base
print(sorted(vars(c)))
# expect: ['_Base__id', '_Child__id']
print(c._Base__id, c._Child__id, Base._Base__slots_like)
# expect: base child 3
try:
    c.__id
except AttributeError as e:
    print(e)
    # expect: 'Child' object has no attribute '__id'

class __Under:
    def __m(self):
        return 1
print([n for n in vars(__Under) if "m" in n])
# expect: ['__module__', '_Under__m']

class _Priv:
    def go(self, __x=5):
        __local = __x * 2
        return __local
    def kw(self):
        return self.go(__x=7)
print(_Priv().go())
# expect: 10
try:
    _Priv().kw()
except TypeError as e:
    print(e)
    # expect: _Priv.go() got an unexpected keyword argument '__x'

class Outer:
    class __Inner:
        def __z(self):
            return "z"
        def z(self):
            return self.__z()
    def make(self):
        return self.__Inner()
print(Outer().make().z(), type(Outer().make()).__name__, [k for k in vars(Outer) if "Inner" in k])
# expect: z __Inner ['_Outer__Inner']

class G:
    def f(self):
        return [self.__v for _ in range(2)], (lambda: self.__v)(), f"{self.__v}"
    def __init__(self):
        self.__v = 4
print(G().f())
# expect: ([4, 4], 4, '4')
class D:
    __dunder__ = 1
    def __repr__(self):
        return "D!"
print(D.__dunder__, repr(D()))
# expect: 1 D!
class N:
    def m(self):
        try:
            return __undefined
        except NameError as e:
            return str(e)
print(N().m())
# expect: name '_N__undefined' is not defined
print(Base._Base__helper.__name__, Base._Base__helper.__qualname__, Outer._Outer__Inner.__qualname__)
# expect: __helper Base.__helper Outer.__Inner
