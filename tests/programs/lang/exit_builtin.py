# The exit() builtin (as in a script run by CPython) raises SystemExit.
print("before")
# expect: before
try:
    exit(5)
except SystemExit as e:
    print("caught", e.code)
# expect: caught 5
quit(3)
print("not reached")
# expect exit: 3
