# random.Random: each instance owns a generator, seeded like the module's;
# the module functions are one hidden instance's methods.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 10), r.choice([1, 2, 3]))
print([random.Random("abc").randrange(100) for _ in range(2)])
a, b = random.Random(5), random.Random(5)
print(a.sample(range(100), 3) == b.sample(range(100), 3), a.random() == b.random())
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
print([Dice(3).roll() for _ in range(2)], isinstance(Dice(), random.Random))
random.seed(7)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state), len(state[1]), state[0])
random.seed(7)
print(random.gauss(0, 1), random.normalvariate(), random.expovariate(2))
print(random.triangular(), random.triangular(1, 5, 2), random.lognormvariate(0, 1))
print(random.paretovariate(2), random.weibullvariate(1, 2), random.randbytes(4))
try:
    random.randint(1)
except TypeError as e:
    print(e)
try:
    r.randrange(1, 2, 3, 4)
except TypeError as e:
    print(e)
many = [random.Random(i) for i in range(3000)]
print(many[-1].random())
# expect: 0.6394267984578837 1 3
# expect: [98, 98]
# expect: True True
# expect: [2, 2] True
# expect: True 3 625 3
# expect: -0.2558802884476004 0.27915309343878736 0.3838082290108733
# expect: 0.42760315533949556 1.4816593185009788 1.0133413542168832
# expect: 1.3287885972209448 0.26910081084111237 b'\xd9\xf78\x17'
# expect: Random.randint() missing 1 required positional argument: 'b'
# expect: Random.randrange() takes from 2 to 4 positional arguments but 5 were given
# expect: 0.6757757735674678
