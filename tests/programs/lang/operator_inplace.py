# operator's in-place functions: the operand's __iop__ when it has one
# (mutating lists, sets, dicts in place), else the plain operator.
import operator


class Tracer:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "T(%r)" % (self.v,)


for op in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]:
    def plain(self, other, op=op):
        return "plain %s %r" % (op, other)

    def inplace(self, other, op=op):
        return "inplace %s %r" % (op, other)
    setattr(Tracer, "__%s__" % op, plain)


class InPlace(Tracer):
    pass


for op in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]:
    def inplace(self, other, op=op):
        return "inplace %s %r" % (op, other)
    setattr(InPlace, "__i%s__" % op, inplace)

names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]
for name in names:
    f = getattr(operator, name)
    print(name, f(Tracer(1), 2), "|", f(InPlace(1), 3))

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
c = operator.imul(a, 2)
print(a, c is a)
s = {1, 2}
print(operator.ior(s, {3}), s, operator.iand(s, {1, 3}) is s, s)
print(operator.isub(s, {1}), operator.ixor(s, {5, 3}), s)
d = {"a": 1}
print(operator.ior(d, {"b": 2}) is d, d)
t = (1,)
print(operator.iadd(t, (2,)), t, operator.iconcat([0], (1, 2)))
print(operator.ipow(2, 10), operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 3))
print(operator.ilshift(1, 4), operator.irshift(256, 2), operator.ixor(6, 3), operator.ior(4, 1), operator.iand(6, 3))
for f, args in [(operator.iconcat, (1, 2)), (operator.concat, (1, 2)), (operator.iadd, ([], 1)),
                (operator.imatmul, (1, 2)), (operator.itruediv, (1, 0))]:
    try:
        print(f(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(operator.iadd.__name__, operator.ixor.__name__, operator.concat("ab", "c"))
print(operator.__iadd__ is operator.iadd, operator.__and__ is operator.and_, operator.__not__(0), operator.__ixor__(5, 1))
# expect: iadd plain add 2 | inplace add 3
# expect: isub plain sub 2 | inplace sub 3
# expect: imul plain mul 2 | inplace mul 3
# expect: imatmul plain matmul 2 | inplace matmul 3
# expect: itruediv plain truediv 2 | inplace truediv 3
# expect: ifloordiv plain floordiv 2 | inplace floordiv 3
# expect: imod plain mod 2 | inplace mod 3
# expect: ipow plain pow 2 | inplace pow 3
# expect: ilshift plain lshift 2 | inplace lshift 3
# expect: irshift plain rshift 2 | inplace rshift 3
# expect: iand plain and 2 | inplace and 3
# expect: ior plain or 2 | inplace or 3
# expect: ixor plain xor 2 | inplace xor 3
# expect: [1, 2, 3] [1, 2, 3] True
# expect: [1, 2, 3, 1, 2, 3] True
# expect: {1, 3} {1, 3} True {1, 3}
# expect: {5} {5} {5}
# expect: True {'a': 1, 'b': 2}
# expect: (1, 2) (1,) [0, 1, 2]
# expect: 1024 3.5 3 1
# expect: 16 64 5 5 2
# expect: TypeError 'int' object can't be concatenated
# expect: TypeError 'int' object can't be concatenated
# expect: TypeError 'int' object is not iterable
# expect: TypeError unsupported operand type(s) for @=: 'int' and 'int'
# expect: ZeroDivisionError division by zero
# expect: iadd ixor abc
# expect: True True True 4
