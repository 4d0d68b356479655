# f-strings: expressions, conversions, nesting and escaped braces.
name, n = "Ada", 3
print(f"{name} has {n} items", f"{n * 2}", f"{name!r}", f"{name!s}", f"{{literal}}")
# expect: Ada has 3 items 6 'Ada' Ada {literal}
print(f"{[1, 2][0]}", f"{'x' + 'y'}", f"{n if n > 2 else 0}", f"{ {'a': 1}['a'] }")
# expect: 1 xy 3 1
width = 8
print(f"[{name:>{width}}]", f"[{name:^{width}}]", f"[{3.14159:.{n}f}]")
# expect: [     Ada] [  Ada   ] [3.142]
x = 10
print(f"{x=}", f"{x + 1 = }", f"{name=!r}")
# expect: x=10 x + 1 = 11 name='Ada'
print(f"{'nested ' + f'{n}'}", f"a" f"b{n}" "c")
# expect: nested 3 ab3c
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p"
    def __format__(self, spec):
        return "fmt:" + spec
print(f"{P()}", f"{P()!r}", f"{P()!s}", f"{P():xyz}")
# expect: fmt: P() p fmt:xyz
