import enum
class Color(enum.Enum):
    RED = 1
try:
    Color.BLUE
except AttributeError as e:
    print(repr(e))
print(Color.RED, hasattr(Color, "GREEN"), getattr(Color, "RED"))
try:
    try:
        raise ValueError
    except (ValueError, 3):
        print("matched")
except TypeError as e:
    print(e)
try:
    raise KeyError
except (KeyError, ValueError):
    print("tuple ok")
# expect: AttributeError('BLUE')
# expect: Color.RED False Color.RED
# expect: catching classes that do not inherit from BaseException is not allowed
# expect: tuple ok
