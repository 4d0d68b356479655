# random.sample takes k by keyword and counts= (a sample of range(total)
# mapped through the running counts, as CPython draws it); seed takes
# bytes and bytearray as it takes str.
import random
random.seed(5)
print(random.sample(range(100), k=3))
print(random.sample(["a", "b", "c", "d"], 2))
random.seed("hello")
print(random.random())
random.seed(b"hello")
print(random.random())
random.seed(3.5)
print(random.random())
print(random.choices([1, 2, 3], k=5))
print(random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
random.seed(11)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(10**6), k=4), random.sample("abcdefgh", 3))
print(random.sample(["x", "y", "z"], 3, counts=[1, 1000000, 1]))
for bad in ([1], [0, 0], [1.5, 2]):
    try:
        random.sample(["a", "b"], 1, counts=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.sample([1, 2], 1, k=1)
except TypeError as e:
    print(e)
# expect: [79, 32, 94]
# expect: ['c', 'd']
# expect: 0.3537754404730722
# expect: 0.3537754404730722
# expect: 0.3039190124834461
# expect: [1, 3, 2, 1, 1]
# expect: [3, 1, 3, 3]
# expect: ['red', 'blue', 'blue', 'red', 'red']
# expect: [193630, 842950, 536775, 498873] ['c', 'a', 'd']
# expect: ['y', 'y', 'y']
# expect: ValueError The number of counts does not match the population
# expect: ValueError Total of counts must be greater than zero
# expect: TypeError Counts must be integers
# expect: Random.sample() got multiple values for argument 'k'
