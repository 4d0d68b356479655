# Keywords CPython accepts: str.expandtabs(tabsize=), enumerate(iterable=,
# start=), random's methods by parameter name; and the errors of the
# same calls gone wrong.
import random
random.seed(11)
print(repr('a\tb'.expandtabs(tabsize=4)), list(enumerate(iterable=[1], start=5)), list(enumerate('ab', start=1)))
print(random.sample(population=[1, 2, 3], k=3), random.randrange(start=1, stop=5), random.randint(a=1, b=5),
      random.choice(seq=[7]), random.uniform(a=1, b=2), random.sample(['x', 'y'], counts=[2, 1], k=3))
x = [1, 2, 3]
random.shuffle(x=x)
print(x)
for t in [lambda: 'a\tb'.expandtabs(4, tabsize=4), lambda: 'a\tb'.expandtabs(bogus=4), lambda: enumerate(start=1),
          lambda: enumerate([], 1, start=2), lambda: enumerate(), lambda: enumerate(1, iterable=[]),
          lambda: list(enumerate(start=1, iterable='a')), lambda: enumerate(iterable=[], x=1), lambda: enumerate(a=1, b=2, c=3), lambda: random.sample([1], 1, 2), lambda: random.sample([1], counts=[1]),
          lambda: random.sample(k=1), lambda: random.seed(1, bogus=1), lambda: random.seed(1, version=2, a=1),
          lambda: random.randrange(stop=3), lambda: random.random(bogus=1), lambda: random.getrandbits(k=3)]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
# expect: 'a   b' [(5, 1)] [(1, 'a'), (2, 'b')]
# expect: [2, 3, 1] 2 2 7 1.629882720216802 ['x', 'y', 'x']
# expect: [3, 1, 2]
# expect: TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: TypeError: 'bogus' is an invalid keyword argument for expandtabs()
# expect: TypeError: 'start' is an invalid keyword argument for enumerate()
# expect: TypeError: enumerate() takes at most 2 arguments (3 given)
# expect: TypeError: enumerate() missing required argument 'iterable'
# expect: TypeError: 'iterable' is an invalid keyword argument for enumerate()
# expect: [(1, 'a')]
# expect: TypeError: 'x' is an invalid keyword argument for enumerate()
# expect: TypeError: enumerate() missing required argument 'iterable'
# expect: TypeError: Random.sample() takes 3 positional arguments but 4 were given
# expect: TypeError: Random.sample() missing 1 required positional argument: 'k'
# expect: TypeError: Random.sample() missing 1 required positional argument: 'population'
# expect: TypeError: Random.seed() got an unexpected keyword argument 'bogus'
# expect: TypeError: Random.seed() got multiple values for argument 'a'
# expect: TypeError: Random.randrange() missing 1 required positional argument: 'start'
# expect: TypeError: Random.random() takes no keyword arguments
# expect: TypeError: Random.getrandbits() takes no keyword arguments
