for f in [lambda: type.mro(1), lambda: type.__subclasses__("s"), lambda: type.__instancecheck__(1, 2), lambda: type.__subclasscheck__([], 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(type.mro(bool), type.__instancecheck__(int, 3), int.__subclasses__()[:1])
class M(type):
    def __call__(cls, *a):
        print("M.__call__", cls.__name__)
        return type.__call__(cls, *a)
    def __init__(cls, name, bases, ns):
        type.__init__(cls, name, bases, ns)
class C(metaclass=M):
    pass
print(type(C()).__name__)
# expect: descriptor 'mro' for 'type' objects doesn't apply to a 'int' object
# expect: descriptor '__subclasses__' for 'type' objects doesn't apply to a 'str' object
# expect: descriptor '__instancecheck__' for 'type' objects doesn't apply to a 'int' object
# expect: descriptor '__subclasscheck__' for 'type' objects doesn't apply to a 'list' object
# expect: [<class 'bool'>, <class 'int'>, <class 'object'>] True [<class 'bool'>]
# expect: M.__call__ C
# expect: C
