# A replaced sys.excepthook that raises: its error, then the original.
import sys
def hook(*args):
    raise KeyError("inner")
sys.excepthook = hook
raise ValueError("outer")
# expect error: Error in sys.excepthook:
# expect error: KeyError: 'inner'
# expect error: Original exception was:
# expect error: ValueError: outer
