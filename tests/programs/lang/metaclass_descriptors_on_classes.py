# A metaclass's data descriptors (and properties) win over the class's namespace; its non-data descriptors apply through __get__ only where the class has no such attribute
class DataD:
    def __get__(self, obj, owner):
        return f"meta data desc ({obj.__name__}, {owner.__name__})"
    def __set__(self, obj, value):
        print("meta set", value)

class NonData:
    def __get__(self, obj, owner):
        return f"meta non-data ({obj.__name__})"

class Meta(type):
    d = DataD()
    n = NonData()
    shadowed = NonData()
    @property
    def info(cls):
        return "meta property of " + cls.__name__
    @info.setter
    def info(cls, value):
        print("info set", value)
    def method(cls):
        return "meta method of " + cls.__name__

class C(metaclass=Meta):
    d = "class d"
    shadowed = "class wins over non-data"
    info = "class info"

print(C.d)
print(C.n)
print(C.shadowed)
print(C.info)
print(C.method())
C.d = 5
C.info = 6
print(C.__dict__["d"], C.__dict__["info"])

class Sub(C):
    pass
print(Sub.d, Sub.n, Sub.info, Sub.shadowed)
print(getattr(C, "n"), hasattr(C, "d"))
try:
    C.missing
except AttributeError as e:
    print(e)
# expect: meta data desc (C, Meta)
# expect: meta non-data (C)
# expect: class wins over non-data
# expect: meta property of C
# expect: meta method of C
# expect: meta set 5
# expect: info set 6
# expect: class d class info
# expect: meta data desc (Sub, Meta) meta non-data (Sub) meta property of Sub class wins over non-data
# expect: meta non-data (C) True
# expect: type object 'C' has no attribute 'missing'
