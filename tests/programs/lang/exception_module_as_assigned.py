# An exception class's __module__, set in its body or assigned later, qualifies its name where the exception is printed.
import traceback

class E(Exception):
    __module__ = "lib.errors"

class F(Exception):
    pass

F.__module__ = "custom.mod"

for cls in (E, F):
    try:
        raise cls("m")
    except Exception as e:
        print(traceback.format_exception_only(e))
raise F("last")
# expect: ['lib.errors.E: m\n']
# expect: ['custom.mod.F: m\n']
# expect error: custom.mod.F: last
# expect exit: 1
