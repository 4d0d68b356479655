# A base made fresh by __mro_entries__ (held only by the class being built) survives collections while the class is made, with or without a metaclass __prepare__.
class Maker:
    def __mro_entries__(self, bases):
        class Fresh:
            def hello(self):
                return "hello from " + type(self).__name__
        return (Fresh,)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, [b.__name__ for b in bases])
        return {}

made = Maker()
class X(made):
    pass
print([c.__name__ for c in X.__mro__], X().hello(), X.__orig_bases__ == (made,))
class Y(made, metaclass=Meta):
    pass
print([c.__name__ for c in Y.__mro__], Y().hello())
# expect: ['X', 'Fresh', 'object'] hello from X True
# expect: prepare Y ['Fresh']
# expect: ['Y', 'Fresh', 'object'] hello from Y
