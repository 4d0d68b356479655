# warnings.warn reports its caller's file and line (or stacklevel's frame, or sys:1 past the stack), with a registry per module
import warnings, sys

def user():
    warnings.warn("inside user")

user()
warnings.warn("at module level, after a call")

def library():
    warnings.warn("the caller's fault", DeprecationWarning, stacklevel=2)

def app():
    library()

app()
app()

def deep():
    warnings.warn("past the stack", UserWarning, stacklevel=10)
deep()

for i in range(3):
    warnings.warn("once per place")

def loop_in_function():
    for i in range(2):
        warnings.warn("in a loop")
loop_in_function()
loop_in_function()
print(sorted(k[0] for k in __warningregistry__ if isinstance(k, tuple)))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    user()
    library()
for w in caught:
    print(w.filename.endswith("warnings_warn_caller_location.py"), w.lineno, w.category.__name__, w.message)

warnings.filterwarnings("error", module="__main__", message="boom")
def raiser():
    warnings.warn("boom")
try:
    raiser()
except UserWarning as e:
    print("raised", e, e.__traceback__.tb_lineno)
# expect: ['at module level, after a call', 'in a loop', 'inside user', 'once per place', "the caller's fault"]
# expect: True 5 UserWarning inside user
# expect: True 36 DeprecationWarning the caller's fault
# expect: raised boom 44
# expect error: warnings_warn_caller_location.py:5: UserWarning: inside user
# expect error:   warnings.warn("inside user")
# expect error: warnings_warn_caller_location.py:8: UserWarning: at module level, after a call
# expect error:   warnings.warn("at module level, after a call")
# expect error: warnings_warn_caller_location.py:14: DeprecationWarning: the caller's fault
# expect error:   library()
# expect error: sys:1: UserWarning: past the stack
# expect error: warnings_warn_caller_location.py:24: UserWarning: once per place
# expect error:   warnings.warn("once per place")
# expect error: warnings_warn_caller_location.py:28: UserWarning: in a loop
# expect error:   warnings.warn("in a loop")
# expect exit: 0
