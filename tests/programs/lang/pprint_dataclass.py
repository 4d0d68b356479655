# Dataclasses with a generated repr are laid out field by field; others print their repr.
import pprint, re
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Shape:
    name: str
    points: list
    tags: dict = field(default_factory=dict)
    secret: str = field(default='hidden', repr=False)
@dataclass
class Custom:
    value: list
    def __repr__(self):
        return 'Custom(...)'
s = Shape('polygon', [Point(i, i * i) for i in range(6)], {'color': 'red', 'filled': True})
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint([s, Custom(list(range(50)))], width=30)
pprint.pprint(Point, width=5)
node = Shape('loop', [])
node.points.append(node)
# The recursion marker's id varies, so it is masked.
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(node, width=20)))
# expect: Shape(name='polygon',
# expect:       points=[Point(x=0, y=0),
# expect:               Point(x=1, y=1),
# expect:               Point(x=2, y=4),
# expect:               Point(x=3, y=9),
# expect:               Point(x=4, y=16),
# expect:               Point(x=5, y=25)],
# expect:       tags={'color': 'red', 'filled': True})
# expect: Shape(name='polygon',
# expect:       points=[Point(x=0, y=0),
# expect:               Point(x=1, y=1),
# expect:               Point(x=2, y=4),
# expect:               Point(x=3, y=9),
# expect:               Point(x=4, y=16),
# expect:               Point(x=5, y=25)],
# expect:       tags={'color': 'red',
# expect:             'filled': True})
# expect: [Shape(name='polygon',
# expect:        points=[Point(x=0,
# expect:                      y=0),
# expect:                Point(x=1,
# expect:                      y=1),
# expect:                Point(x=2,
# expect:                      y=4),
# expect:                Point(x=3,
# expect:                      y=9),
# expect:                Point(x=4,
# expect:                      y=16),
# expect:                Point(x=5,
# expect:                      y=25)],
# expect:        tags={'color': 'red',
# expect:              'filled': True}),
# expect:  Custom(...)]
# expect: <class '__main__.Point'>
# expect: Shape(name='loop',
# expect:       points=[<Recursion on Shape with id=N>],
# expect:       tags={})
