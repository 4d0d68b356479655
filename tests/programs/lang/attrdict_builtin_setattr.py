# A class whose __setattr__/__delattr__ is a builtin borrowed from dict routes attribute assignment and deletion through it
class AttrDict(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.b, ad.missing)
del ad.a
print(ad)
try:
    del ad.zzz
except KeyError as e:
    print("KeyError", e)
class Plain:
    pass
p = Plain()
p.x = 1
del p.x
print(hasattr(p, "x"))
# expect: {'a': 1, 'b': 2} 2 None
# expect: {'b': 2}
# expect: KeyError 'zzz'
# expect: False
