# A metaclass's __getattr__ answers for attributes a class lacks.
class Meta(type):
    def __getattr__(cls, n):
        return "meta:" + n
class X(metaclass=Meta):
    real = 1
print(X.anything, X.real, X.__name__, hasattr(X, "zzz"), getattr(X, "q"))
class Y(X):
    pass
print(Y.other)
class Strict(type):
    def __getattr__(cls, n):
        if n.startswith("ok_"):
            return n[3:]
        raise AttributeError(n)
class Z(metaclass=Strict):
    pass
print(Z.ok_yes, hasattr(Z, "no"))
try:
    Z.missing
except AttributeError as e:
    print("AE", e)
# expect: meta:anything 1 X True meta:q
# expect: meta:other
# expect: yes False
# expect: AE missing
