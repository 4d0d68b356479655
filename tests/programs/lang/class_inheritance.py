# Inheritance, method overriding, super() and isinstance.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab")
print(d.describe())
# expect: Rex is an dog: Rex makes a sound (woof)
print(d.breed, d.name, Dog.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
# expect: lab Rex dog animal True True
print(type(d).__name__, type(d) is Dog, Dog.__bases__ if False else Dog.__name__)
# expect: Dog True Dog
a = Animal("Cat")
a.kind = "instance attr"
print(a.describe(), Animal.kind)
# expect: Cat is an instance attr: Cat makes a sound animal
print(Dog.__mro__ == (Dog, Animal, object))
# expect: True
