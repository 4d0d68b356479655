# random's gammavariate, betavariate and vonmisesvariate give CPython's
# values for a seeded generator, module-level and per instance, with its
# errors.
import random
random.seed(12345)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.5, 0.9, 7.0)])
print([round(random.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (3.5, 0.7))])
print([round(random.vonmisesvariate(mu, k), 12) for mu, k in ((0.0, 0.0), (1.0, 4.0), (3.0, 0.5), (-2.0, 10.0))])
r = random.Random(7)
print(round(r.gammavariate(2.5, 1.5), 12), round(r.betavariate(2, 3), 12), round(r.vonmisesvariate(0.5, 2.0), 12), r.random())
for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.betavariate(-1, 1), lambda: random.gammavariate(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: [0.486596679981, 3.488300109496, 4.939947145874, 0.443470041789, 8.869477324187]
# expect: [0.860461146651, 0.378642156416, 0.431096183158, 0.929824527387]
# expect: [0.147788172238, 0.856223408444, 5.591096027941, 4.403983159111]
# expect: 2.595162759088 0.472530713258 0.435913880446 0.4336456836623859
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: TypeError Random.gammavariate() missing 1 required positional argument: 'beta'
