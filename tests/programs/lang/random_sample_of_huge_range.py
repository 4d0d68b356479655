# random.sample picks from a range by index, without listing it.
import random
random.seed(1)
print(random.sample(range(10**9), 3), random.Random(2).sample(range(10**12), 2))
# expect: [144272509, 611178002, 909925047] [948998941043, 936078791291]
