import atexit
def bye(name, punct="!"):
    print("bye", name + punct)
def boom():
    print("boom runs")
    raise RuntimeError("in atexit")
atexit.register(bye, "first")
atexit.register(boom)
r = atexit.register(bye, "second", punct="?")
print(r is bye)
def gone(): print("never")
atexit.register(gone)
atexit.unregister(gone)
try:
    atexit.register(3)
except TypeError as e:
    print(e)
print("main done")
# expect: True
# expect: the first argument must be callable
# expect: main done
# expect: bye second?
# expect: boom runs
# expect: bye first!
# expect error: Exception ignored in atexit callback: <function boom at 0x
# expect error: RuntimeError: in atexit
# expect error:     raise RuntimeError("in atexit")
# expect exit: 0
