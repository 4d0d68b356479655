# ImportError's name, path and msg, from the import system and as keywords.
e = ImportError("cannot import", name="mod", path="/x.py")
print(e, e.name, e.path, e.msg, e.args)
e2 = ModuleNotFoundError("no", name="m")
print(e2.name, e2.path, ImportError().name)
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)
try:
    import does_not_exist
except ImportError as err:
    print(type(err).__name__, err.name, err.msg)
# expect: cannot import mod /x.py cannot import ('cannot import',)
# expect: m None None
# expect: 'bogus' is an invalid keyword argument for ImportError()
# expect: ModuleNotFoundError does_not_exist No module named 'does_not_exist'
