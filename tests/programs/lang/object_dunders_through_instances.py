# The comparison, hash and text dunders every class inherits from object
# are found through its instances (a.__eq__(b) is NotImplemented...).
class A:
    pass
a = A()
print(object.__eq__(a, a))
# expect: True
print(a.__eq__(a), a.__ne__(1))
# expect: True NotImplemented
print(a.__repr__().startswith("<__main__.A object"))
# expect: True
print(a.__str__() == repr(a))
# expect: True
print(a.__hash__() == hash(a))
# expect: True
print(a.__format__("") == str(a))
# expect: True
print(hasattr(a, "__lt__"), a.__lt__(a))
# expect: True NotImplemented
class B:
    def __eq__(self, o): return True
b = B()
print(b.__ne__(1), b.__eq__(2))
# expect: False True
