# The caret of a failing call that is a for loop's iterable, or a variable's value, underlines the call.
import traceback
def t(f):
    try:
        f()
    except Exception:
        s = traceback.format_exc().splitlines()
        print("\n".join(l for l in s[3:-1] if not l.startswith("  File")))
def loop_over_call():
    for v in len(5):
        pass
def loop_over_method():
    for v in "abc".index("z"):
        pass
def assigned():
    total = sum(["a"])
for fn in [loop_over_call, loop_over_method, assigned]:
    t(fn)
# expect:     for v in len(5):
# expect:              ^^^^^^
# expect:     for v in "abc".index("z"):
# expect:              ^^^^^^^^^^^^^^^^
# expect:     total = sum(["a"])
# expect:             ^^^^^^^^^^
