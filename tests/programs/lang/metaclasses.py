# Metaclasses: __new__/__init__ with super(), keywords, a metaclass __call__ (singleton), dunders and methods of a metaclass on its classes, type() with a metaclass base, a function as metaclass, conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        print('made', name, kw)
        # expect: made A {'flavor': 1}
        # expect: made B {}
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.registry = []
    def __call__(cls, *args):
        print('calling', cls.__name__, args)
        # expect: calling A (1,)
        # expect: calling B (2,)
        # expect: calling A (3,)
        obj = super().__call__(*args)
        cls.registry.append(obj)
        return obj
    def __len__(cls):
        return len(cls.registry)
    def __iter__(cls):
        return iter(cls.registry)
    def __repr__(cls):
        return f"<meta {cls.__name__}>"
    def __getitem__(cls, i):
        return cls.registry[i]
    def describe(cls):
        return 'described ' + cls.__name__

class A(metaclass=Meta, flavor=1):
    def __init__(self, x):
        self.x = x
    def who(self):
        return super().__class__.__name__
class B(A):
    pass
a = A(1)
b = B(2)
A(3)
print(A.tag, B.tag, type(A).__name__, type(B) is Meta, len(A), [o.x for o in A], A, A[0].x, A.describe(), isinstance(A, Meta), isinstance(A, type))
# expect: a b Meta True 2 [1, 3] <meta A> 1 described A True True
print(a.who(), repr(B), str(B), [o.x for o in B.registry])
# expect: super <meta B> <meta B> [2]

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}
print(Config() is Config())
# expect: True

class Plain(type):
    pass
class P(metaclass=Plain):
    pass
print(type(P).__name__, type(P()).__name__)
# expect: Plain P
T = type('T', (P,), {'v': 1})
print(type(T).__name__, T.v)
# expect: Plain 1
def auto_meta(name, bases, ns):
    ns['auto'] = True
    return type(name, bases, ns)
class F(metaclass=auto_meta):
    pass
print(F.auto, type(F).__name__)
# expect: True type
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
    # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
