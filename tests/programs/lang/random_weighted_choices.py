# random.choices with weights or cum_weights gives CPython's picks for a seed.
import random
random.seed(1)
print(random.choices("ab", cum_weights=[0, 1], k=5))
random.seed(42)
print(random.choices(["red", "green", "blue"], [10, 5, 1], k=8))
print(random.choices(range(5), weights=[0.5, 0.1, 0.1, 0.2, 0.1], k=6))
print(random.choices("xyz", cum_weights=[1, 1.5, 4], k=4), random.random())
for bad in (dict(weights=[1], cum_weights=[1]), dict(weights=[1, 2]), dict(weights=[0, 0, 0])):
    try:
        random.choices("abc", **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ['b', 'b', 'b', 'b', 'b']
# expect: ['green', 'red', 'red', 'red', 'green', 'green', 'green', 'red']
# expect: [0, 0, 0, 1, 0, 0]
# expect: ['z', 'z', 'x', 'z'] 0.8094304566778266
# expect: TypeError Cannot specify both weights and cumulative weights
# expect: ValueError The number of weights does not match the population
# expect: ValueError Total of weights must be greater than zero
