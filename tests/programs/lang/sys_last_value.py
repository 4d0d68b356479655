# An uncaught exception is left in sys.last_type, sys.last_value and sys.last_traceback for atexit handlers.
import atexit
import sys

def after():
    print(sys.last_type.__name__, sys.last_value, type(sys.last_traceback).__name__)
    print(sys.last_traceback.tb_lineno)

atexit.register(after)
print(hasattr(sys, "last_value"))
raise KeyError("gone")
# expect: False
# expect: KeyError 'gone' traceback
# expect: 11
# expect error: KeyError: 'gone'
