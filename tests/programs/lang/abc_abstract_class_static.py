# abc's deprecated abstractclassmethod and abstractstaticmethod, and
# update_abstractmethods after a class changes.
import abc
from abc import ABC, abstractmethod, abstractclassmethod, abstractstaticmethod, update_abstractmethods


class Base(ABC):
    @abstractclassmethod
    def make(cls):
        return "base make " + cls.__name__

    @abstractstaticmethod
    def helper(x):
        return x * 2

    @abstractmethod
    def run(self):
        ...


print(sorted(Base.__abstractmethods__))
print(Base.make(), Base.helper(21))
print(Base.__dict__["make"].__isabstractmethod__, Base.__dict__["helper"].__isabstractmethod__)
print(Base.__dict__["make"].__func__.__name__, Base.__dict__["make"].__func__.__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print(e)


class Partial(Base):
    @classmethod
    def make(cls):
        return "partial " + cls.__name__


print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(e)


class Full(Partial):
    @staticmethod
    def helper(x):
        return -x

    def run(self):
        return "ran"


f = Full()
print(f.run(), f.make(), Full.make(), f.helper(3), Full.__abstractmethods__)


class Sub(Base):
    pass


print(Sub.make(), Sub().make() if not Sub.__abstractmethods__ else "still abstract")

# update_abstractmethods: methods given to a class after it was made.
Sub.run = lambda self: "late run"
Sub.helper = staticmethod(lambda x: x)
print(sorted(Sub.__abstractmethods__))
print(update_abstractmethods(Sub) is Sub, sorted(Sub.__abstractmethods__))
Sub.make = classmethod(lambda cls: "late make")
update_abstractmethods(Sub)
print(sorted(Sub.__abstractmethods__), Sub().run(), Sub.make())


class Plain:
    pass


print(update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))


class Grows(ABC):
    def done(self):
        return 1


Grows.more = abstractmethod(lambda self: None)
update_abstractmethods(Grows)
print(sorted(Grows.__abstractmethods__))
try:
    Grows()
except TypeError as e:
    print(e)
del Grows.more
update_abstractmethods(Grows)
print(Grows().done(), Grows.__abstractmethods__)
# expect: ['helper', 'make', 'run']
# expect: base make Base 42
# expect: True True
# expect: make True
# expect: Can't instantiate abstract class Base with abstract methods helper, make, run
# expect: ['helper', 'run']
# expect: Can't instantiate abstract class Partial with abstract methods helper, run
# expect: ran partial Full partial Full -3 frozenset()
# expect: base make Sub still abstract
# expect: ['helper', 'make', 'run']
# expect: True ['make']
# expect: [] late run late make
# expect: True False
# expect: ['more']
# expect: Can't instantiate abstract class Grows with abstract method more
# expect: 1 frozenset()
