# A metaclass's __getattr__ runs when a class attribute lookup raises
# AttributeError, from a descriptor's __get__ or a metaclass property too.
class Meta(type):
    def __getattr__(cls, name):
        return "meta %s" % name

    @property
    def prop(cls):
        raise AttributeError("from the property")

    @property
    def works(cls):
        return "works"


class Refuses:
    def __get__(self, instance, owner=None):
        if instance is None:
            raise AttributeError("class access")
        return "instance access"


class A(metaclass=Meta):
    x = Refuses()


print(A.x, A().x, A.prop, A.works, A.missing, getattr(A, "x"), hasattr(A, "prop"))


class Plain:
    x = Refuses()


try:
    Plain.x
except AttributeError as e:
    print("AttributeError:", e)


class Strict(type):
    def __getattr__(cls, name):
        if name.startswith("ok"):
            return name.upper()
        raise AttributeError("no %s here" % name)


class B(metaclass=Strict):
    y = Refuses()


print(B.ok_1, getattr(B, "y", "default"), hasattr(B, "y"))
try:
    B.y
except AttributeError as e:
    print("AttributeError:", e)
# expect: meta x instance access meta prop works meta missing meta x True
# expect: AttributeError: class access
# expect: OK_1 default False
# expect: AttributeError: no y here
