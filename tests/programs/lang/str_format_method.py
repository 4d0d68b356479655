# str.format: positional, numbered, keyword, attribute and index fields.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
# expect: 1 2 b a b 1-2
print("{0[1]} {d[k]}".format([5, 6], d={"k": "v"}), "{:>4}|{:<4}|".format(1, 2), "{{}}".format())
# expect: 6 v    1|2   | {}
class Pt:
    x = 3
print("{p.x}".format(p=Pt()), "{!r:>6}".format("a"), "{0:{1}}".format(3.14159, ".2f"))
# expect: 3    'a' 3.14
print("{:,}".format(10 ** 9), "{:08.3f}".format(-3.5), "{:x}".format(3054))
# expect: 1,000,000,000 -003.500 bee
print("{name} is {age}".format_map({"name": "Al", "age": 30}))
# expect: Al is 30
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: Replacement index 1 out of range for positional args tuple
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'x'
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: cannot switch from manual field specification to automatic field numbering
