# The main module binds __package__, __spec__ and __loader__ (None here), so code may name them
print(__package__, __spec__)
print(sorted(k for k in globals() if k.startswith("__")))
print(list(globals())[:8])
import sys
m = sys.modules[__name__]
print(m.__package__, m.__spec__)
# expect: None None
# expect: ['__annotations__', '__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__']
# expect: ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__']
# expect: None None
