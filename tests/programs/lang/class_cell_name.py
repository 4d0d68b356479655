# __class__ in a method (and in functions nested in one) is the class the
# method was defined in, as zero-argument super() sees it; elsewhere it is
# an undefined name.
class A:
    def who(self):
        return __class__

    def name(self):
        return __class__.__name__

    def nested(self):
        def inner():
            return __class__
        return inner()

    def both(self):
        return __class__, super().__repr__ is not None

    @classmethod
    def cm(cls):
        return __class__ is A, cls

    @staticmethod
    def sm():
        return __class__


class B(A):
    def who(self):
        return __class__, super().who()


print(B().who(), B().name(), A.who(A()), A().nested(), A().both(), B.cm(), B.sm())


def outside():
    try:
        return __class__
    except NameError as e:
        return str(e)


print(outside())
# expect: (<class '__main__.B'>, <class '__main__.A'>) A <class '__main__.A'> <class '__main__.A'> (<class '__main__.A'>, True) (True, <class '__main__.B'>) <class '__main__.A'>
# expect: name '__class__' is not defined
