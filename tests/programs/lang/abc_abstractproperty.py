# abc.abstractproperty: abstract until overridden; a working getter/setter with property's messages.
import abc
class A(abc.ABC):
    @abc.abstractproperty
    def x(self): return 1
try: A()
except TypeError as e: print(e)
class B(A):
    @property
    def x(self): return 5
print(B().x)
class C(A):
    pass
try: C()
except TypeError as e: print(e)
print(A.x.__isabstractmethod__, A.__abstractmethods__)
class D:
    x = abc.abstractproperty(lambda self: 42)
    def _set(self, v): print("set", v)
    y = abc.abstractproperty(lambda self: 1, _set)
d = D()
print(d.x)
d.y = 3
try: d.x = 3
except AttributeError as e: print(e)
try: del d.x
except AttributeError as e: print(e)
# expect: Can't instantiate abstract class A with abstract method x
# expect: 5
# expect: Can't instantiate abstract class C with abstract method x
# expect: True frozenset({'x'})
# expect: 42
# expect: set 3
# expect: property 'x' of 'D' object has no setter
# expect: property 'x' of 'D' object has no deleter
