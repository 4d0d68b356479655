# cls.__subclasses__(), types.MethodType(func, obj), and the message of
# deleting a class attribute that is not there.
import types
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in A.__subclasses__()], C.__subclasses__())
print(len(int.__subclasses__()) > 0)
def hello(self, x):
    return f"hello {x} from {type(self).__name__}"
a = A()
a.greet = types.MethodType(hello, a)
print(a.greet("bob"))
m = types.MethodType(hello, a)
print(m.__self__ is a, m.__func__ is hello)
class K: pass
try:
    del K.missing
except AttributeError as e:
    print(e)

# expect: ['A', 'B'] ['C'] []
# expect: True
# expect: hello bob from A
# expect: True True
# expect: type object 'K' has no attribute 'missing'
