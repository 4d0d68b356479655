# Builtin functions name their module (math's are math's, methods bound to
# an object none); unbound methods of builtin classes have no __module__.
import math, time, random
print(len.__module__, math.sqrt.__module__, time.time.__module__, "".join.__module__, [].append.__module__, print.__module__, random.random.__module__)
import reprlib
print(reprlib.recursive_repr()(len).__name__)
try: str.upper.__module__
except AttributeError as e: print("AttributeError")
# expect: builtins math time None None builtins None
# expect: len
# expect: AttributeError
