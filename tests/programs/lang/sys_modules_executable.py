# sys.modules names the loaded modules (main included); sys.executable is a path.
import sys, math
me = sys.modules[__name__]
x = 41
print(me.x + 1, sys.modules["math"] is math, "sys" in sys.modules, type(sys.modules).__name__)
print(isinstance(sys.executable, str) and len(sys.executable) > 0)
# expect: 42 True True dict
# expect: True
