# A metaclass's __bool__, __len__, comparisons, __hash__ and __str__ apply to its classes.
class M(type):
    def __bool__(cls): return False
    def __eq__(cls, o): return "eq"
    def __lt__(cls, o): return "lt"
    def __hash__(cls): return 42
    def __str__(cls): return "strM"
class F(metaclass=M): pass
print(bool(F), F == 1, F < 1, hash(F), str(F), F != 1, not F, 1 == F, 1 > F)
print(f"{F}", "%s" % F, [F], {F: 1}[F] if False else "skip")
class L(type):
    def __len__(cls): return 0
class G(metaclass=L): pass
print(bool(G), "yes" if G else "no")
class Plain: pass
print(bool(Plain), Plain == Plain, Plain != Plain, Plain < Plain if False else "-")
class Reg(type):
    registry = []
    def __eq__(cls, other):
        return isinstance(other, Reg) and cls.__name__.lower() == other.__name__.lower()
    def __hash__(cls):
        return hash(cls.__name__.lower())
class A(metaclass=Reg): pass
class a(metaclass=Reg): pass
print(A == a, A != a, len({A, a}), A is a)
try:
    F > 1
except TypeError as e:
    print("TypeError", e)
# expect: False eq lt 42 strM False True eq lt
# expect: strM strM [<class '__main__.F'>] skip
# expect: False no
# expect: True True False -
# expect: True False 1 False
# expect: TypeError '>' not supported between instances of 'M' and 'int'
