# Formatting a subclass of int, float or str with an empty spec uses its
# __str__ (the builtin __format__ does str(value)); a spec formats the value.
class N(int):
    def __str__(self):
        return "N!"

class F(float):
    def __str__(self):
        return "F!"

class S(str):
    def __str__(self):
        return "S!"

class Plain(int):
    pass

for v in (N(5), F(1.5), S("abc"), Plain(7)):
    print(f"{v}", format(v), "{}".format(v), f"{v!r}", f"[{v:>6}]")
    # expect: N! N! N! 5 [     5]
    # expect: F! F! F! 1.5 [   1.5]
    # expect: S! S! S! 'abc' [   abc]
    # expect: 7 7 7 7 [     7]
print("%s %d" % (N(5), N(5)))
# expect: N! 5
