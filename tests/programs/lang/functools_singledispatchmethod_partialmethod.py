# functools.singledispatchmethod (plain and classmethod) and functools.partialmethod.
from functools import singledispatchmethod, partialmethod, partial
class Num:
    @singledispatchmethod
    def add(self, arg):
        raise NotImplementedError("cannot add %s" % type(arg).__name__)
    @add.register
    def _(self, arg: int):
        return "int %d" % arg
    @add.register(str)
    def _(self, arg):
        return "str " + arg
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "%s generic" % cls.__name__
    @make.register(int)
    @classmethod
    def _(cls, arg):
        return "%s from int" % cls.__name__
    @make.register
    @classmethod
    def _(cls, arg: float):
        return "%s from float" % cls.__name__
n = Num()
print(n.add(1), n.add("a"))
try: n.add(1.5)
except NotImplementedError as e: print(e)
print(Num.make(1), Num.make(1.0), Num.make("x"), n.make(2))
print(Num.add.__name__)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
c = Cell()
print(c.set_alive("hi"), c.alive, c.set_dead(), c.alive)
print(Cell.make1(2), c.make1(3))
print(type(c.set_alive).__name__, c.set_alive.args, c.set_alive.keywords)
pm = partialmethod(partialmethod(Cell.set_state, 1), note=2)
print(pm.args, pm.keywords)
try: partialmethod(3)
except TypeError as e: print(e)
print(repr(partialmethod(len, 1, a=2)))
print(Cell.set_alive.__name__ if hasattr(Cell.set_alive, "__name__") else "-")
# expect: int 1 str a
# expect: cannot add float
# expect: Num from int Num from float Num generic Num from int
# expect: add
# expect: hi True dead False
# expect: ('Cell', 1, 2) ('Cell', 1, 3)
# expect: partial (True,) {}
# expect: (1,) {'note': 2}
# expect: 3 is not callable or a descriptor
# expect: functools.partialmethod(<built-in function len>, 1, a=2)
# expect: _method
