# split() and subgroup() of an ExceptionGroup subclass build their parts with
# its derive() (a plain group without one) and copy the cause and context;
# a subclass's __new__ reaches BaseExceptionGroup.__new__, and
# BaseException.__init__ keeps the call's arguments.
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


eg = MyEG("m", [ValueError(1), TypeError(2)], 42)
eg.__cause__ = KeyError("c")
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code, repr(m.__cause__))
print(type(eg.subgroup(TypeError)).__name__, eg.subgroup(TypeError).code)


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__)
try:
    raise MyEG("x", [ValueError(1), TypeError(2)], 7)
except* ValueError as e:
    print("handler", type(e).__name__, e.code)
except* TypeError as e:
    print("handler", type(e).__name__, e.code)
class E(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "fixed")
        return obj
e = E(1, 2)
print(e.args, repr(e), str(e))
class F(ValueError):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)
    def __init__(self, x):
        super().__init__(x + 100)
f = F(5)
print(f.args)
# expect: MyEG 42 MyEG('m', [ValueError(1)], 42) MyEG 42 KeyError('c')
# expect: MyEG 42
# expect: ExceptionGroup ExceptionGroup
# expect: handler MyEG 7
# expect: handler MyEG 7
# expect: (1, 2) E(1, 2) (1, 2)
# expect: (105,)
