# BaseException's own __str__ and __repr__, reached through super() or the class.
class MyErr(Exception):
    def __str__(self):
        return "MyErr: " + super().__str__()

class Coded(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __repr__(self):
        return f"Coded[{self.code}] " + super().__repr__()

print(MyErr("boom"))
print(repr(MyErr("boom")), str(MyErr()), str(MyErr("a", 2)))
e = Coded(7, "bad value")
print(str(e), repr(e))
print(Exception.__str__(KeyError("k")), Exception.__repr__(KeyError("k")), BaseException.__str__(ValueError()))
try:
    raise MyErr("raised")
except MyErr as err:
    print(f"caught {err}")
try:
    Exception.__str__(5)
except TypeError as t:
    print("TypeError:", t)
raise MyErr("uncaught")
# expect: MyErr: boom
# expect: MyErr('boom') MyErr:  MyErr: ('a', 2)
# expect: bad value Coded[7] Coded('bad value')
# expect: k KeyError('k') 
# expect: caught MyErr: raised
# expect: TypeError: descriptor '__str__' requires a 'BaseException' object but received a 'int'
# expect error: MyErr: uncaught
