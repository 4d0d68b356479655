# enum's member/nonmember, verify with UNIQUE / CONTINUOUS / NAMED_FLAGS,
# EnumCheck, global_enum, enum.property and DynamicClassAttribute.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    SUB = member(lambda a, b: a - b)
    LIMIT = nonmember(10)
    TABLE = nonmember([1, 2])

    def __call__(self, *args):
        return self.value(*args)


print(list(Ops.__members__), Ops.ADD(2, 3), Ops.SUB(2, 3), Ops.LIMIT, Ops.TABLE, type(Ops.LIMIT).__name__)
print(Ops.ADD.name, len(Ops), isinstance(Ops.ADD, Ops), Ops["SUB"].name)
print(repr(member(3).value), repr(nonmember("x").value))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(verify(UNIQUE)(Color) is Color)
try:
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        ALIAS = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(UNIQUE)
    class Shade(Enum):
        DARK = 1
        LIGHT = 2
        BLACK = 1
        WHITE = 2
except ValueError as e:
    print("ValueError:", e)

print(list(EnumCheck), EnumCheck.UNIQUE, repr(CONTINUOUS), NAMED_FLAGS.value, UNIQUE is EnumCheck.UNIQUE)
print(repr(EnumCheck.NAMED_FLAGS), str(EnumCheck.CONTINUOUS), f"{UNIQUE}")


@verify(CONTINUOUS)
class Steps(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Steps))
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 3
        C = 6
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        B = 2
        D = 16
except ValueError as e:
    print("ValueError:", e)


@verify(CONTINUOUS, UNIQUE)
class One(Enum):
    ONLY = 5


print(list(One))


@verify(NAMED_FLAGS)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.RWX, list(Perm))
try:
    @verify(NAMED_FLAGS)
    class Bad(Flag):
        A = 1
        B = 2
        ABCD = 15
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Bad2(Flag):
        A = 1
        C = 5
        E = 17
except ValueError as e:
    print("ValueError:", e)


# enum.property: a member's attribute that the class can still name a
# member with.
class Planet(Enum):
    MERCURY = (3.3e23, 2.44e6)
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @enum.property
    def density_hint(self):
        return "%s is %s" % (self.name.lower(), "big" if self.mass > 1e24 else "small")


print(Planet.EARTH.density_hint, Planet.MERCURY.density_hint)
try:
    Planet.EARTH.density_hint = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Planet.density_hint
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED.value
except AttributeError as e:
    print("AttributeError:", e)
print(type(Enum.__dict__["name"]).__name__, isinstance(Enum.__dict__["value"], enum.DynamicClassAttribute))


class Field(Enum):
    name = 1
    value = 2
    other = 3


print(Field.name, Field.value.value, Field.name.name, Field.other.name, Field["value"])


class Dyn:
    def __init__(self):
        self._x = 4

    @enum.DynamicClassAttribute
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, value):
        self._x = value


d = Dyn()
d.x = 9
print(d.x, Dyn.__dict__["x"].__doc__)
try:
    Dyn.x
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __getattr__(cls, name):
        return "meta " + name


class WithMeta(metaclass=Meta):
    @enum.DynamicClassAttribute
    def attr(self):
        return "instance attr"


print(WithMeta.attr, WithMeta().attr)
import types
print(types.DynamicClassAttribute is enum.DynamicClassAttribute, enum.DynamicClassAttribute, "verify" in dir(enum))
print(enum.verify.__module__, enum.EnumCheck.__module__, enum.global_enum.__module__, enum.show_flag_values(6))
# expect: ['ADD', 'SUB'] 5 -1 10 [1, 2] int
# expect: ADD 2 True SUB
# expect: 3 'x'
# expect: True
# expect: ValueError: aliases found in <enum 'Color'>: ALIAS -> RED
# expect: ValueError: aliases found in <enum 'Shade'>: BLACK -> DARK, WHITE -> LIGHT
# expect: [<EnumCheck.CONTINUOUS: 'no skipped integer values'>, <EnumCheck.NAMED_FLAGS: 'multi-flag aliases may not contain unnamed flags'>, <EnumCheck.UNIQUE: 'one name per value'>] one name per value <EnumCheck.CONTINUOUS: 'no skipped integer values'> multi-flag aliases may not contain unnamed flags True
# expect: <EnumCheck.NAMED_FLAGS: 'multi-flag aliases may not contain unnamed flags'> no skipped integer values one name per value
# expect: [<Steps.A: 1>, <Steps.B: 2>, <Steps.C: 3>]
# expect: ValueError: invalid enum 'Gaps': missing values 2, 4, 5
# expect: ValueError: invalid flag 'Bits': missing values 4, 8
# expect: [<One.ONLY: 5>]
# expect: Perm.RWX [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>]
# expect: ValueError: invalid Flag 'Bad': alias ABCD is missing combined values of 0xc [use enum.show_flag_values(value) for details]
# expect: ValueError: invalid Flag 'Bad2': aliases C and E are missing combined values of 0x14 [use enum.show_flag_values(value) for details]
# expect: earth is big mercury is small
# expect: AttributeError: <enum 'Planet'> cannot set attribute 'density_hint'
# expect: AttributeError: density_hint
# expect: AttributeError: <enum 'Enum'> cannot set attribute 'name'
# expect: AttributeError: <enum 'Enum'> cannot delete attribute 'value'
# expect: property True
# expect: Field.name 2 name other Field.value
# expect: 9 the x
# expect: AttributeError 
# expect: meta attr instance attr
# expect: True <class 'types.DynamicClassAttribute'> True
# expect: enum enum enum [2, 4]
