# with calls __enter__ and __exit__, which can suppress exceptions.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
# expect: enter a
# expect: body A
# expect: exit a None None
with Ctx("b", True):
    raise ValueError("hidden")
# expect: enter b
# expect: exit b ValueError hidden
print("after b")
# expect: after b
try:
    with Ctx("c"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
# expect: enter c
# expect: exit c KeyError 'shown'
# expect: caught KeyError('shown')
with Ctx("x") as x, Ctx("y") as y:
    print(x, y)
# expect: enter x
# expect: enter y
# expect: X Y
# expect: exit y None None
# expect: exit x None None
def early():
    with Ctx("r"):
        return "returned"
print(early())
# expect: enter r
# expect: exit r None None
# expect: returned
