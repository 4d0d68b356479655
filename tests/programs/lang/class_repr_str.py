# __repr__ and __str__, used by print, str, repr, f-strings and containers.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "R!"
class Neither:
    pass
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}|{b!r}")
# expect: both-str both-str Both(repr) [Both(repr)] (Both(repr),) {'k': Both(repr)} both-str|Both(repr)
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
# expect: R! R! [R!]
print(repr(Neither()).startswith("<__main__.Neither object at "))
# expect: True
print(str(Neither) , repr(int), str(Both))
# expect: <class '__main__.Neither'> <class 'int'> <class '__main__.Both'>
class Bad:
    def __str__(self):
        return 1
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: __str__ returned non-string (type int)
