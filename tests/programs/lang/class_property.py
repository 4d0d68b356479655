# property with getter, setter and deleter.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
# expect: 100 212.0
t.celsius = 0
print(t.celsius, t.fahrenheit)
# expect: 0 32.0
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: too cold
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: property 'fahrenheit' of 'Temp' object has no setter
del t.celsius
# expect: deleting
print(hasattr(t, "_c"))
# expect: False
class Old:
    def get(self):
        return 42
    x = property(get)
print(Old().x)
# expect: 42
