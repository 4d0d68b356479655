# A classmethod binds what it wraps with that object's own __get__ (as
# CPython 3.11 does): a wrapped property reads as its value on the class
# and on instances, and a wrapped descriptor gets the class.
class Named:
    def __get__(self, obj, owner):
        return "descriptor got %s/%s" % (obj.__name__, owner.__name__)

class C:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()

    @classmethod
    def make(cls):
        return cls.__name__

    other = classmethod(Named())
    inner = classmethod(staticmethod(len))

class D(C):
    pass

print(C.name, D.name, C().name, D().name)
print(C.make(), D().make())
print(C.other, D.other)
print(C.inner("abc"))
# expect: c d c d
# expect: C D
# expect: descriptor got C/C descriptor got D/D
# expect: 3
