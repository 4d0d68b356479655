# Importing a .py module placed next to the script; modules load once.
import helper_mod
# expect: helper loaded as helper_mod
from helper_mod import double, Box as B
import helper_mod as hm
print(helper_mod.GREETING, double(21), B(1), hm is helper_mod)
# expect: hello from helper 42 Box(1) True
print(helper_mod.bump(), hm.bump(), helper_mod.__name__)
# expect: 1 2 helper_mod
from helper_mod import bump
print(bump())
# expect: 3
try:
    from helper_mod import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
# expect: ImportError: cannot import name 'nothing' from 'helper_mod'
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
# expect: ModuleNotFoundError: No module named 'no_such_module_here'
