try:
    import no_such_pkg.mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import collections.nope
except ImportError as e:
    print(type(e).__name__, e.name)
# expect: ModuleNotFoundError No module named 'no_such_pkg' no_such_pkg
# expect: ModuleNotFoundError collections.nope
