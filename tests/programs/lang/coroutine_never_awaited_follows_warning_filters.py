# Once warnings is loaded, a coroutine dropped unawaited is warned of through it: 'ignore' silences it, 'always' repeats it, 'error' reports the exception as a finalizer's, and catch_warnings records it
import warnings
async def f(): pass
def g():
    f()
warnings.simplefilter("ignore")
g()
print("ignored")
warnings.simplefilter("always")
g()
g()
print("always")
warnings.simplefilter("error")
g()
print("after")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g()
print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, w[0].source.__qualname__)
# expect: ignored
# expect: always
# expect: after
# expect: 1 RuntimeWarning coroutine 'f' was never awaited 5 f
# expect error: coroutine_never_awaited_follows_warning_filters.py:5: RuntimeWarning: coroutine 'f' was never awaited
# expect error:   f()
# expect error: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect error: coroutine_never_awaited_follows_warning_filters.py:5: RuntimeWarning: coroutine 'f' was never awaited
# expect error:   f()
# expect error: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect error: Traceback (most recent call last):
# expect error: RuntimeWarning: coroutine 'f' was never awaited
# expect exit: 0
