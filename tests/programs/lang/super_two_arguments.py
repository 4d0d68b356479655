# super(type, obj) with two arguments, in methods, class methods and outside.
class A:
    def f(self): return "A"
    @classmethod
    def make(cls): return cls.__name__
class B(A):
    def f(self): return "B" + super(B, self).f()
    @classmethod
    def make(cls): return "B>" + super(B, cls).make()
class C(B):
    def f(self): return "C" + super(B, self).f()
print(B().f(), C().f(), B.make(), C.make())
def outside(obj):
    return super(type(obj), obj).f()
print(outside(B()))
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(5, B())
except TypeError as e:
    print(e)
# expect: BA CA B>B B>C
# expect: A
# expect: super(type, obj): obj must be an instance or subtype of type
# expect: super() argument 1 must be a type, not int
