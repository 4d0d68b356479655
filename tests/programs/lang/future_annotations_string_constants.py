# Under `from __future__ import annotations`, a string annotation is kept
# as CPython unparses it: the repr of the string.
from __future__ import annotations

def f(x: "str", y: int, z: 'list[int]') -> "None":
    pass

print(f.__annotations__)
# expect: {'x': "'str'", 'y': 'int', 'z': "'list[int]'", 'return': "'None'"}
