# sys.version_info, byteorder, hexversion, exc_info, exception, intern and
# the nanosecond and process-time clocks of the time module.
import sys, time
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info[0], sys.byteorder, sys.hexversion >= 0x030b0000)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is None or True, repr(sys.exception()))
print(sys.exc_info())
print(sys.intern("abc") == "abc")
a, b = time.perf_counter_ns(), time.monotonic_ns()
c, d = time.time_ns(), time.process_time()
print(type(a).__name__, type(c).__name__, c > 1_600_000_000 * 10**9, type(d).__name__, time.process_time_ns() >= 0, time.perf_counter_ns() >= a)
# expect: True (3, 11) 3 little True
# expect: (None, None, None) None
# expect: KeyError KeyError('k') True KeyError('k')
# expect: (None, None, None)
# expect: True
# expect: int int True float True True
