# types.new_class resolves bases, calls __prepare__ and the most derived metaclass with the class keywords; type() names its caller's module; a class without a docstring gets __doc__ None after its metaclass saw the namespace
import types, typing

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(ns), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

Dyn = types.new_class("Dyn", (Base,), {"flag": 2}, lambda ns: ns.update({"x": 5}))
print(Dyn.x, Dyn.prepared, type(Dyn).__name__, Dyn.__mro__[1].__name__)
Plain = types.new_class("Plain")
print(Plain, Plain.__bases__, type(Plain))
G = types.new_class("G", (typing.Generic[typing.TypeVar("T")],))
print(G.__orig_bases__, G.__bases__)
print(types.resolve_bases((int, typing.List[int])))
meta, ns, kw = types.prepare_class("P", (Base,), {"metaclass": Meta, "a": 1})
print(meta.__name__, ns, kw)
class M2(type): pass
class Other(metaclass=M2): pass
try:
    types.new_class("Bad", (Base, Other))
except TypeError as e:
    print(e)
T = type("T", (), {})
print(T.__module__, T.__doc__, list(T.__dict__)[-1:], "__doc__" in vars(type("U", (), {"__doc__": "d"})))
class NoDoc:
    x = 1
print(list(NoDoc.__dict__)[-1], list(NoDoc.__dict__)[0], NoDoc.__doc__)
# expect: prepare Base {}
# expect: Meta.__new__ Base ['__init_subclass__', '__module__', '__qualname__', 'prepared'] {}
# expect: prepare Dyn {'flag': 2}
# expect: Meta.__new__ Dyn ['prepared', 'x'] {'flag': 2}
# expect: init_subclass Dyn {}
# expect: 5 True Meta Base
# expect: <class 'types.Plain'> (<class 'object'>,) <class 'type'>
# expect: (typing.Generic[~T],) (<class 'typing.Generic'>,)
# expect: (<class 'int'>, <class 'list'>, <class 'typing.Generic'>)
# expect: prepare P {'a': 1}
# expect: Meta {'prepared': True} {'a': 1}
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: __main__ None ['__doc__'] True
# expect: __doc__ __module__ None
