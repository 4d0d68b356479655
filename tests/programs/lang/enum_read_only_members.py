# Enum members' name and value are read-only, and members cannot be reassigned or deleted, with CPython's messages.
from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    BLUE = 2
class N(IntEnum):
    ONE = 1
for target, attr in [(Color.RED, "value"), (Color.RED, "name"), (N.ONE, "value")]:
    try:
        setattr(target, attr, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(target, attr)
    except AttributeError as e:
        print(e)
try:
    Color.RED = 2
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
Color.extra = 5
del Color.extra
print(hasattr(Color, "extra"), list(Color), Color.RED.value, N.ONE.name, N.ONE + 1)
# expect: <enum 'Enum'> cannot set attribute 'value'
# expect: <enum 'Enum'> cannot delete attribute 'value'
# expect: <enum 'Enum'> cannot set attribute 'name'
# expect: <enum 'Enum'> cannot delete attribute 'name'
# expect: <enum 'Enum'> cannot set attribute 'value'
# expect: <enum 'Enum'> cannot delete attribute 'value'
# expect: cannot reassign member 'RED'
# expect: 'Color' cannot delete member 'RED'.
# expect: False [<Color.RED: 1>, <Color.BLUE: 2>] 1 ONE 2
