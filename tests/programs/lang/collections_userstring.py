# collections.UserString: data, str methods (which return the class or plain values as CPython's), operators.
import collections
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence
print(UserDict, UserList, UserString, UserDict.__module__)
s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[1:4], type(s[1:4]).__name__, isinstance(s, Sequence))
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold())
print(s.center(15, "*"), s.ljust(13, "."), s.rjust(13), s.zfill(14))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.count(UserString("l")))
print(s.split(), s.rsplit(" ", 1), s.partition(" "), s.rpartition("o"), s.splitlines())
print(s.replace("World", UserString("There")), s.startswith("He"), s.endswith("ld"))
print(s.strip("Hd"), s.lstrip("H"), s.rstrip("d"), s.join(["1", "2"]), type(s.join("ab")).__name__)
print(s + "!", "!" + s, s + 5, s * 2, 2 * s, type(s + "!").__name__)
print(s == "Hello World", s < "Z", "World" in s, UserString("W") in s, hash(s) == hash("Hello World"))
print(UserString("%s-%d") % ("a", 1), UserString(12), int(UserString("42")), float(UserString("1.5")))
print(s.encode(), s.isalpha(), UserString("abc").isalpha(), s.expandtabs(), s.removeprefix("Hello "), s.removesuffix("World"))
print(UserString("{0}!").format("hi"), sorted(UserString("cab")), list(s)[:3], str(s) == "Hello World")
print(UserString("a\tb").expandtabs(4), s.translate({ord("o"): "0"}), s.isupper(), s.istitle())
# expect: <class 'collections.UserDict'> <class 'collections.UserList'> <class 'collections.UserString'> collections
# expect: Hello World 'Hello World' 11 H ell UserString True
# expect: HELLO WORLD hello world Hello World hELLO wORLD Hello world hello world
# expect: **Hello World** Hello World..   Hello World 000Hello World
# expect: 4 7 6 3 3
# expect: ['Hello', 'World'] ['Hello', 'World'] ('Hello', ' ', 'World') ('Hello W', 'o', 'rld') ['Hello World']
# expect: Hello There True True
# expect: ello Worl ello World Hello Worl 1Hello World2 str
# expect: Hello World! !Hello World Hello World5 Hello WorldHello World Hello WorldHello World UserString
# expect: True True True True True
# expect: a-1 12 42 1.5
# expect: b'Hello World' False True Hello World World Hello 
# expect: hi! ['a', 'b', 'c'] ['H', 'e', 'l'] True
# expect: a   b Hell0 W0rld False True
