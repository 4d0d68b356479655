# SimpleNamespace (and subclasses, by their own name) print like keyword calls.
import pprint, types
ns = types.SimpleNamespace(host='localhost', ports=list(range(8000, 8012)), debug=True)
pprint.pprint(ns, width=40)
class Config(types.SimpleNamespace):
    pass
c = Config(name='x' * 30, nested=types.SimpleNamespace(a=1, b=[1, 2, 3]))
pprint.pprint(c, width=30)
print(repr(c))
c.me = c
print(repr(c))
# expect: namespace(host='localhost',
# expect:           ports=[8000,
# expect:                  8001,
# expect:                  8002,
# expect:                  8003,
# expect:                  8004,
# expect:                  8005,
# expect:                  8006,
# expect:                  8007,
# expect:                  8008,
# expect:                  8009,
# expect:                  8010,
# expect:                  8011],
# expect:           debug=True)
# expect: Config(name='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
# expect:        nested=namespace(a=1,
# expect:                         b=[1,
# expect:                            2,
# expect:                            3]))
# expect: Config(name='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', nested=namespace(a=1, b=[1, 2, 3]))
# expect: Config(name='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', nested=namespace(a=1, b=[1, 2, 3]), me=Config(...))
