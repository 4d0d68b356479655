# random: after seed(n) the same values as CPython's Mersenne Twister.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.sample(range(100), 5))
print(round(random.uniform(1, 2), 10), random.getrandbits(40), random.choices([1, 2, 3], k=4))
random.seed("hello")
print(random.random())
# expect: 0.6394267984578837 4 77
# expect: [7, 6, 2, 9, 0, 5, 1, 8, 3, 4] a [3, 11, 27, 29, 64]
# expect: 1.602018729 217158893990 [3, 3, 2, 2]
# expect: 0.3537754404730722
