# An 'error' warnings filter raises from warn and warn_explicit with no frame of the warnings module, as CPython's C functions.
import warnings
warnings.simplefilter("error")
def f():
    warnings.warn("bad", DeprecationWarning)
try:
    f()
except DeprecationWarning as e:
    import traceback
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 3)
except UserWarning as e:
    print(type(e).__name__, e, len(traceback.extract_tb(e.__traceback__)))
f()
# expect: ['<module>', 'f']
# expect: UserWarning explicit 1
# expect error:     warnings.warn("bad", DeprecationWarning)
# expect error: DeprecationWarning: bad
# expect no error: warnings.py
# expect exit: 1
