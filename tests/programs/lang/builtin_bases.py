# Builtin classes that cannot be derived from, lay-out conflicts, and a subclass of a subclass of list.
# Builtin classes CPython does not let a class derive from.
for base in [bool, range, slice, type(None), type(len), type(lambda: 0)]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
        # expect: type 'bool' is not an acceptable base type
        # expect: type 'range' is not an acceptable base type
        # expect: type 'slice' is not an acceptable base type
        # expect: type 'NoneType' is not an acceptable base type
        # expect: type 'builtin_function_or_method' is not an acceptable base type
        # expect: type 'function' is not an acceptable base type
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print(e)
    # expect: multiple bases have instance lay-out conflict
class Mixed(list):
    pass
class Deeper(Mixed):
    def top(self):
        return self[-1]
d = Deeper([1, 2])
print(d.top(), isinstance(d, Mixed), isinstance(d, list), Deeper.__mro__)
# expect: 2 True True (<class '__main__.Deeper'>, <class '__main__.Mixed'>, <class 'list'>, <class 'object'>)
