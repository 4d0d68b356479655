# Calls and loads through a module attribute follow the module's global as
# it is rebound, deleted and restored.
import math
import asyncio

def root(x):
    return math.sqrt(x)

def pi():
    return math.pi

print(root(16.0), pi())
# expect: 4.0 3.141592653589793
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(root(16.0))
# expect: patched
del math.sqrt
try:
    root(16.0)
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: module 'math' has no attribute 'sqrt'
math.sqrt = saved
print(root(9.0))
# expect: 3.0

def make(mod):
    return mod.Queue()

# The same site with two modules, and a name asyncio supplies on first use.
import collections
print(type(make(asyncio)).__name__)
# expect: Queue
class Fake:
    Queue = list
print(make(Fake()), type(make(asyncio)).__name__)
# expect: [] Queue
