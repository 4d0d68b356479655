# __import__ imports a module and returns its top-level package, or the
# module itself when given a fromlist, with CPython's argument errors.
m = __import__("collections.abc")
print(m.__name__, m.abc.__name__)
print(__import__("collections.abc", fromlist=["Iterable"]).__name__)
print(__import__("math", None, None, ["sqrt"]).sqrt(16))
print(__import__("sys").exc_info())
for args in [(5,), ("",), ("nosuch",), ("math", None, None, (), 1), ()]:
    try:
        __import__(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
# expect: collections collections.abc
# expect: collections.abc
# expect: 4.0
# expect: (None, None, None)
# expect: TypeError module name must be a string
# expect: ValueError Empty module name
# expect: ModuleNotFoundError No module named 'nosuch'
# expect: TypeError globals must be a dict
# expect: TypeError __import__() missing required argument 'name' (pos 1)
