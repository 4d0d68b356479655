# StrEnum's members are checked as CPython's StrEnum.__new__ checks them: a value must be a str, or str()'s arguments with str encoding and errors
from enum import StrEnum, auto
def t(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
def a():
    class E(StrEnum):
        A = 1
def b():
    class E(StrEnum):
        A = ("x", "utf-8", 3)
def c():
    class E(StrEnum):
        A = ("x", "y", "z", "w")
t(a); t(b); t(c)
class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    RAW = (b"ab", "ascii")
print(Color.RED, Color.RED.value, repr(Color.GREEN), Color.RAW.value, Color("green"), isinstance(Color.RED, str))
print(Color.RED.upper(), f"{Color.GREEN}", Color.RED == "red")
# expect: TypeError 1 is not a string
# expect: TypeError errors must be a string, not 3
# expect: TypeError too many arguments for str(): ('x', 'y', 'z', 'w')
# expect: red red <Color.GREEN: 'green'> ab green True
# expect: RED green True
