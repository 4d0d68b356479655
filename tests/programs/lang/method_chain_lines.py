# An attribute or method call continued onto a later line is reported at the
# line its name is on, as CPython 3.11 does.
def f(s):
    return (s
            .strip()
            .upper()
            .nope())
try:
    f(" a ")
except AttributeError as e:
    print(e)
class B:
    def boom(self):
        raise ValueError("boom")
b = B()
text = (
    "x"
    .upper()
)
print(text)
r = (b
     .boom())
# expect: 'str' object has no attribute 'nope'
# expect: X
# expect error: line 22, in <module>
# expect error: line 14, in boom
