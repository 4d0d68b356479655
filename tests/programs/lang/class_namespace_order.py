# A class namespace begins with __module__ and the docstring; a class without one gets __doc__ None last.
class C:
    x = 1
    def m(self): pass
print([k for k in vars(C) if k not in ('__dict__', '__weakref__')])
# expect: ['__module__', 'x', 'm', '__doc__']
class E(Exception):
    """doc"""
    y = 2
print([k for k in vars(E) if k not in ('__dict__', '__weakref__')])
# expect: ['__module__', '__doc__', 'y']
