# A property's __get__, __set__ and __delete__ called by hand act as attribute access does, and fail as CPython's do when the part is missing; type() and slot-wrapper argument errors read as CPython's.
class A:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def put(self, v):
        print("put", v)
        self._v = v
    def drop(self):
        print("drop")
    v = property(get, put, drop)
    ro = property(get)
a = A()
A.v.__set__(a, 5)
print(A.v.__get__(a), A.v.__get__(a, A), A.v.__get__(None, A) is A.v)
A.v.__delete__(a)
for f in [lambda: property().__get__(1), lambda: property().__set__(1, 2), lambda: A.ro.__set__(a, 1),
          lambda: A.ro.__delete__(a), lambda: property().__delete__(a), lambda: a.__class__.ro.__get__(a)]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError", e)
for f in [lambda: type(1, 2, 3), lambda: type("A", (), {"__qualname__": 5}), lambda: list.__len__(5), lambda: list.__init__(5), lambda: list.append(5, 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
# expect: put 5
# expect: 5 5 True
# expect: drop
# expect: AttributeError property of 'int' object has no getter
# expect: AttributeError property of 'int' object has no setter
# expect: AttributeError property 'ro' of 'A' object has no setter
# expect: AttributeError property 'ro' of 'A' object has no deleter
# expect: AttributeError property of 'A' object has no deleter
# expect: 5
# expect: TypeError type.__new__() argument 1 must be str, not int
# expect: TypeError type __qualname__ must be a str, not int
# expect: TypeError descriptor '__len__' requires a 'list' object but received a 'int'
# expect: TypeError descriptor '__init__' requires a 'list' object but received a 'int'
# expect: TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object
