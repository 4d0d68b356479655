# Module and class bodies evaluate annotations and keep those of simple names in
# __annotations__ (a class's own, empty when it has none); functions evaluate none.
x: int = 5
y: "str"
print(__annotations__, x)


class A:
    a: int
    b: str = "s"
    c: list = []
    (d): int = 4

    def m(self):
        local: undefined_in_function = 1
        return local


print(A.__annotations__, A.b, A.d, A().m())
print("a" in dir(A), hasattr(A, "a"))


class B(A):
    e: float = 1.5


print(B.__annotations__)


class Plain:
    pass


print(hasattr(Plain, "__annotations__") and Plain.__annotations__)
try:
    z: undefined_at_module = 1
except NameError as e:
    print("NameError:", e)
print(__annotations__)
# expect: {'x': <class 'int'>, 'y': 'str'} 5
# expect: {'a': <class 'int'>, 'b': <class 'str'>, 'c': <class 'list'>} s 4 1
# expect: False False
# expect: {'e': <class 'float'>}
# expect: {}
# expect: NameError: name 'undefined_at_module' is not defined
# expect: {'x': <class 'int'>, 'y': 'str'}
