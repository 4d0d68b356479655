# Importing a submodule of a module that is not a package imports the module, then fails as CPython does, naming the whole dotted name.
for name in ["os.nope", "sys.x", "math.x", "os.path.nope"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(e, "|", e.name)
try:
    import keyword.sub
except ImportError as e:
    print(type(e).__name__, e)
# expect: No module named 'os.nope'; 'os' is not a package | os.nope
# expect: No module named 'sys.x'; 'sys' is not a package | sys.x
# expect: No module named 'math.x'; 'math' is not a package | math.x
# expect: No module named 'os.path.nope'; 'os.path' is not a package | os.path.nope
# expect: ModuleNotFoundError No module named 'keyword.sub'; 'keyword' is not a package
