# An uncaught exception goes through sys.excepthook (given type, value and
# traceback), which a program may replace.
import sys
print(sys.excepthook is sys.__excepthook__)
def hook(kind, value, tb):
    print("HOOK:", kind.__name__, value, tb.tb_lineno, file=sys.stderr)
    print("hook ran")
sys.excepthook = hook
raise ValueError("boom")
# expect: True
# expect: hook ran
# expect error: HOOK: ValueError boom 9
# expect no error: Traceback
