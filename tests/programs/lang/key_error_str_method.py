# KeyError has its own __str__ (the key's repr), which subclasses reach through super().
print(KeyError.__str__(KeyError('y')), KeyError.__str__(KeyError()), KeyError.__str__(KeyError(1, 2)))
class K(KeyError):
    def __str__(self): return "K:" + super().__str__()
print(str(K('x')))
print(KeyError.__str__ is BaseException.__str__, str(KeyError('z')), repr(KeyError('z')))
class M(LookupError): pass
class N(M, KeyError): pass
print(str(N('q')))
try:
    KeyError.__str__(ValueError(1))
except TypeError as e:
    print(e)
try:
    {}['missing']
except KeyError as e:
    print(e, e.args)
d = {}
try:
    d[K('w')]
except K as e:
    print("no")
except KeyError as e:
    print("key", e)
raise K('final')
# expect: 'y'  (1, 2)
# expect: K:'x'
# expect: False 'z' KeyError('z')
# expect: 'q'
# expect: descriptor '__str__' requires a 'KeyError' object but received a 'ValueError'
# expect: 'missing' ('missing',)
# expect: key K('w')
# expect error: K: K:'final'
