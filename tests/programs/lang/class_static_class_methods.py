# classmethod and staticmethod, called on the class and on instances.
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.created
    @staticmethod
    def helper(x, y=2):
        return x * y
class Sub(Counter):
    pass
Counter.make()
s = Sub.make()
print(type(s).__name__, Counter.how_many(), Sub.how_many(), s.how_many())
# expect: Sub 2 2 2
print(Counter.helper(3), s.helper(3, 3), Sub.helper(y=5, x=1))
# expect: 6 9 5
