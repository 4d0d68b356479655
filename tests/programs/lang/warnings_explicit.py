# warn_explicit takes the location and a registry that records what was shown.
import warnings
registry = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for line in (7, 7, 8):
        warnings.warn_explicit('explicit', UserWarning, 'somefile.py', line, registry=registry)
    warnings.warn_explicit('module named', RuntimeWarning, 'x.py', 1, module='pkg.mod')
    warnings.filterwarnings('ignore', module='pkg')
    warnings.warn_explicit('module filtered', RuntimeWarning, 'x.py', 1, module='pkg.mod')
    warnings.warn_explicit('from a .py name', RuntimeWarning, 'pkg.py', 2)
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno)
print(sorted(k for k in registry if k != 'version'))
try:
    warnings.warn_explicit('bad', UserWarning, 'f.py', 1, registry=[])
except TypeError as e:
    print('TypeError:', e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    warnings.warn_explicit('once only', UserWarning, 'a.py', 1, registry=None)
    warnings.warn_explicit('once only', UserWarning, 'b.py', 2, registry=None)
print(len(log), [k for k in warnings.onceregistry if k != 'version'])
# expect: UserWarning explicit somefile.py 7
# expect: UserWarning explicit somefile.py 8
# expect: RuntimeWarning module named x.py 1
# expect: [('explicit', <class 'UserWarning'>, 7), ('explicit', <class 'UserWarning'>, 8)]
# expect: TypeError: 'registry' must be a dict or None
# expect: 1 [('once only', <class 'UserWarning'>)]
