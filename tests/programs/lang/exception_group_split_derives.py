# split and subgroup make new groups through derive() even when every
# sub-exception lands on one side; only a condition that matches the
# group itself gives the group back. except* works on those new groups.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("derive", [repr(e) for e in excs])
        return Tagged(self.message, excs)

eg = ExceptionGroup("x", [ValueError(1), ValueError(2)])
eg.add_note("a note")
m, r = eg.split(ValueError)
print(m is eg, r, repr(m), m.__notes__, m.__notes__ is eg.__notes__)
m, r = eg.split(TypeError)
print(m, r is eg, repr(r))
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
print(eg.subgroup(ValueError) is eg, eg.subgroup(lambda e: True) is eg)

t = Tagged("y", [ValueError(1), TypeError(2)])
try:
    raise t
except* ValueError as e:
    print("caught", e is t, repr(e))
except* TypeError as e:
    print("caught", e is t, repr(e))

try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(e is eg, repr(e))
# expect: False None ExceptionGroup('x', [ValueError(1), ValueError(2)]) ['a note'] False
# expect: None False ExceptionGroup('x', [ValueError(1), ValueError(2)])
# expect: True None
# expect: False True
# expect: derive ['ValueError(1)']
# expect: derive ['TypeError(2)']
# expect: caught False Tagged('y', [ValueError(1)])
# expect: derive ['TypeError(2)']
# expect: caught False Tagged('y', [TypeError(2)])
# expect: False ExceptionGroup('x', [ValueError(1), ValueError(2)])
