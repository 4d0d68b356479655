# Random nested structures of builtin containers, pretty-printed with random options (a differential test).
import pprint, collections, sys

class Rng:
    def __init__(self, seed):
        self.s = seed
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n

WORDS = ['a', 'bb', 'hello', 'world', 'x y z', 'lorem ipsum dolor sit amet', '', ' lead', 'trail ', 'new\nline', 'tab\tsep', "quote'd", 'dq"x', 'üñí', '\x00\x07']

def gen(r, depth):
    k = r.next(18 if depth < 4 else 6)
    if k == 0: return r.next(2000) - 1000
    if k == 1: return WORDS[r.next(len(WORDS))]
    if k == 2: return ' '.join(WORDS[r.next(len(WORDS))] for _ in range(r.next(12)))
    if k == 3: return r.next(100) / 8
    if k == 4: return [None, True, False][r.next(3)]
    if k == 5: return bytes(r.next(256) for _ in range(r.next(40)))
    if k in (6, 7): return [gen(r, depth + 1) for _ in range(r.next(8))]
    if k == 8: return tuple(gen(r, depth + 1) for _ in range(r.next(5)))
    if k in (9, 10):
        d = {}
        for _ in range(r.next(7)):
            key = [r.next(50), WORDS[r.next(len(WORDS))], (r.next(5), r.next(5))][r.next(3)]
            d[key] = gen(r, depth + 1)
        return d
    if k == 11: return set(r.next(100) for _ in range(r.next(12)))
    if k == 12: return frozenset((r.next(9), r.next(9)) for _ in range(r.next(6)))
    if k == 13:
        return collections.OrderedDict((WORDS[r.next(len(WORDS))], gen(r, depth + 1)) for _ in range(r.next(5)))
    if k == 14:
        return collections.deque([gen(r, depth + 1) for _ in range(r.next(6))], maxlen=[None, 10][r.next(2)])
    if k == 15:
        dd = collections.defaultdict([list, int, str][r.next(3)])
        for _ in range(r.next(5)):
            dd[r.next(30)] = gen(r, depth + 1)
        return dd
    if k == 16:
        return collections.Counter({WORDS[r.next(len(WORDS))]: r.next(10) for _ in range(r.next(7))})
    return bytearray(r.next(256) for _ in range(r.next(30)))

seed = 1
r = Rng(seed)
for case in range(30):
    obj = gen(r, 0)
    width = [1, 5, 10, 20, 30, 40, 60, 80, 120][r.next(9)]
    indent = [0, 1, 2, 4][r.next(4)]
    depth = [None, None, 1, 2, 3][r.next(5)]
    compact = r.next(2) == 1
    sd = r.next(3) != 0
    un = r.next(4) == 0
    print('case', case, width, indent, depth, compact, sd, un)
    print(pprint.pformat(obj, width=width, indent=indent, depth=depth, compact=compact, sort_dicts=sd, underscore_numbers=un))
    print(pprint.saferepr(obj) == repr(obj), pprint.isreadable(obj), pprint.isrecursive(obj))
# expect: case 0 80 1 None True True True
# expect: deque([frozenset(), 795,
# expect:        deque([5.75, 0.25, frozenset(),
# expect:               deque([{'new\nline': b'\x1c\xc5\x8eZ\xcaj\xdc\x1d\xff\xe4\x8a\xb8'
# expect:                                    b'\xcd\x16\xf4\x05/\xa2',
# expect:                       'x y z': 'tab\tsep  lead',
# expect:                       (2, 2): -331},
# expect:                      None,
# expect:                      [b"\x9f\xb3x\xa2'\xa2\x1d\xf1\xac\x87\x84\xe9F\xaf\x05\x81"
# expect:                       b'\xab\xb7B\x12q8\xf38~\x96\x18\xffVA\xe2',
# expect:                       b'\x1b )\xe0', 'world üñí', 'world hello x y z'],
# expect:                      frozenset({(8, 3), (2, 0), (6, 2)})])])])
# expect: True True False
# expect: case 1 10 1 3 True True False
# expect: True
# expect: True True False
# expect: case 2 80 2 2 True True True
# expect: 'üñí new\nline new\nline'
# expect: True True False
# expect: case 3 120 1 2 False True False
# expect: ' lead dq"x lorem ipsum dolor sit amet hello tab\tsep trail  lorem ipsum dolor sit amet a x y z  dq"x'
# expect: True True False
# expect: case 4 60 4 3 True True False
# expect: [   b'Z\x19X m\xe6\xc4\xc5\x13\x0b\x85T\x91\xe1^\x12'
# expect:     b'\xf2\x17!VT9h\xe6\x00U\x94\x99`\xe1\xadH'
# expect:     b'\n\x1e\xb6\xe3\xce',
# expect:     [   False, b'\xe1',
# expect:         [   ' trail   lead dq"x dq"x world \x00\x07 '
# expect:             '\x00\x07 dq"x'],
# expect:         Counter({   'new\nline': 9,
# expect:                     'world': 7,
# expect:                     'trail ': 6,
# expect:                     "quote'd": 4}),
# expect:         b'JY\xab\x11#G\xe7\r\x81\x07',
# expect:         deque([   [...]],
# expect:               maxlen=10),
# expect:         deque([   -995, 'hello',
# expect:                   b'K\xad\xa0\x11o\x98\xbc\xb9\xb2\xd3\xe9;'
# expect:                   b'\xf9\xd7\xbd\xc7\xb2\xaa\xb7O'
# expect:                   b'\xaf?\xf7\x8c\x95r',
# expect:                   455, (...)],
# expect:               maxlen=10)],
# expect:     frozenset({(4, 6)})]
# expect: True True False
# expect: case 5 120 2 1 False False False
# expect: Counter({'new\nline': 8, 'tab\tsep': 3, "quote'd": 3})
# expect: True True False
# expect: case 6 80 1 1 False False False
# expect: "\x00\x07 new\nline trail  quote'd üñí new\nline new\nline"
# expect: True True False
# expect: case 7 10 1 None False True True
# expect: ('new\n'
# expect:  'line '
# expect:  'tab\t'
# expect:  'sep '
# expect:  'hello '
# expect:  'trail ')
# expect: True True False
# expect: case 8 120 1 2 True True False
# expect: -724
# expect: True True False
# expect: case 9 10 1 1 False True True
# expect: ('lorem '
# expect:  'ipsum '
# expect:  'dolor '
# expect:  'sit '
# expect:  'amet')
# expect: True True False
# expect: case 10 80 1 None True False False
# expect: frozenset({(8, 7), (0, 2), (5, 1), (8, 1)})
# expect: True True False
# expect: case 11 1 0 1 True False True
# expect: [10.125,
# expect: 'hello '
# expect: '\x00\x07 '
# expect: 'üñí '
# expect: "quote'd",
# expect: Counter()]
# expect: True True False
# expect: case 12 20 2 1 False False False
# expect: (946, [...])
# expect: False True False
# expect: case 13 40 2 None False True False
# expect: defaultdict(<class 'list'>,
# expect:             { 0: deque([ [ OrderedDict([ ( '',
# expect:                                            'a')]),
# expect:                            { 37: 0.0,
# expect:                              "quote'd": False,
# expect:                              'world': -623,
# expect:                              'x y z': b'C\x11<\xf2'
# expect:                                       b'\x02\x86\x92\xac'
# expect:                                       b'#\xa9^!'
# expect:                                       b'cx\xea'},
# expect:                            bytearray(b'\x9e\xd0@\x03'
# expect:                                      b'G\xe9?\xc4'
# expect:                                      b'k\x87K\x82'
# expect:                                      b'\xd9w-+'
# expect:                                      b'lD\xf5_'
# expect:                                      b'\xf4.'),
# expect:                            defaultdict(<class 'str'>,
# expect:                                        { 7: b'',
# expect:                                          17: 10.25,
# expect:                                          25: 'a '
# expect:                                              'bb  '
# expect:                                              'lead'}),
# expect:                            'x y z',
# expect:                            'dq"x',
# expect:                            deque([ 'tab\t'
# expect:                                    'sep',
# expect:                                    ' '
# expect:                                    'hello',
# expect:                                    b'\xc2Y\xa3\xb3'
# expect:                                    b'\x98(8\xc5'
# expect:                                    b'\x8aM\x9b\xd5'
# expect:                                    b'z\x0bB\xb1'
# expect:                                    b'\xa1G\xbe\x86'
# expect:                                    b'\x07\xb0/\xa9'
# expect:                                    b'\nQ/\xe0'
# expect:                                    b'\xa1\xd4\xc7)'
# expect:                                    b'\x1b:j'],
# expect:                                  maxlen=10)],
# expect:                          deque([], maxlen=10),
# expect:                          bytearray(b'\xeedx\x9c'
# expect:                                    b'\x88\x00u\xf0'
# expect:                                    b'\xa5?o\xb1'
# expect:                                    b'\xf1[;\xb5'
# expect:                                    b'\xf5C"\xa5'
# expect:                                    b'\x94k\xa1\x02'
# expect:                                    b'\x83\xf0\xe5'),
# expect:                          frozenset({ ( 2,
# expect:                                        3),
# expect:                                      ( 4,
# expect:                                        2),
# expect:                                      ( 6,
# expect:                                        4),
# expect:                                      ( 6,
# expect:                                        7),
# expect:                                      ( 7,
# expect:                                        5)}),
# expect:                          ( OrderedDict([ ( '',
# expect:                                            None),
# expect:                                          ( 'hello',
# expect:                                            10.25)]),
# expect:                            deque([ b'Q\xd5\xe0Y'
# expect:                                    b'\xe9x\r\xd3'
# expect:                                    b'=\x94n&'
# expect:                                    b'\xb4\x86\x0e+'
# expect:                                    b'#\xa4~\x03'
# expect:                                    b'z\x91f\xda'
# expect:                                    b'\xca\xc9\xaf\xed'
# expect:                                    b'q\x1e',
# expect:                                    'hello '
# expect:                                    'hello '
# expect:                                    'world '
# expect:                                    'new\n'
# expect:                                    'line '
# expect:                                    'x '
# expect:                                    'y '
# expect:                                    'z '
# expect:                                    'tab\t'
# expect:                                    'sep',
# expect:                                    'world'],
# expect:                                  maxlen=10),
# expect:                            { 59,
# expect:                              67,
# expect:                              69,
# expect:                              85,
# expect:                              86,
# expect:                              92})]),
# expect:               13: {0, 77, 54}})
# expect: True True False
# expect: case 14 1 4 None False True False
# expect: [   'üñí '
# expect:     'lorem '
# expect:     'ipsum '
# expect:     'dolor '
# expect:     'sit '
# expect:     'amet '
# expect:     'hello',
# expect:     (   {   },),
# expect:     'hello '
# expect:     'a '
# expect:     'hello  '
# expect:     'lead '
# expect:     'üñí '
# expect:     'dq"x',
# expect:     (   ),
# expect:     b'->,<'
# expect:     b'\x82\xb8\x83\xf8'
# expect:     b'DR\xfd\x9a'
# expect:     b"\xfcH$'"
# expect:     b'\x9c\xa7\xc3\xf9'
# expect:     b'\x03\xf8\x907'
# expect:     b'\xf5\xca\xbb\x80'
# expect:     b'\x8f\xc4\x95&'
# expect:     b'\x97']
# expect: True True False
# expect: case 15 30 2 None False True True
# expect: { 15,
# expect:   17,
# expect:   19,
# expect:   47,
# expect:   59,
# expect:   63,
# expect:   67,
# expect:   87,
# expect:   91,
# expect:   98}
# expect: True True False
# expect: case 16 1 2 None True True False
# expect: defaultdict(<class 'int'>,
# expect:             { 5: ( ( [ -547,
# expect:                        'bb '
# expect:                        'hello '
# expect:                        'new\n'
# expect:                        'line '
# expect:                        'a',
# expect:                        'dq"x',
# expect:                        -767,
# expect:                        b'x\xb2\x9f',
# expect:                        'bb '
# expect:                        'lorem '
# expect:                        'ipsum '
# expect:                        'dolor '
# expect:                        'sit '
# expect:                        'amet '
# expect:                        'trail  '
# expect:                        'hello '
# expect:                        'trail  '
# expect:                        'üñí',
# expect:                        7.625],),
# expect:                    frozenset({ ( 0,
# expect:                                  5),
# expect:                                ( 2,
# expect:                                  5),
# expect:                                ( 5,
# expect:                                  0),
# expect:                                ( 5,
# expect:                                  2),
# expect:                                ( 8,
# expect:                                  0)}),
# expect:                    { 'tab\tsep': bytearray(b'\xb3\x88'),
# expect:                      (1, 1): 2.5},
# expect:                    917),
# expect:               19: frozenset(),
# expect:               24: b'\xe8zCU'
# expect:                   b'{\xed\xd5\xfa'
# expect:                   b'A\xd0\xce\xab'
# expect:                   b'_\xf9\xf28'
# expect:                   b'\x92\x82h\t'
# expect:                   b'\xa4\x8ep\x16'
# expect:                   b'\xbc\x86\xeaO'
# expect:                   b'\x82YR+'
# expect:                   b'\xdc\xda\xd4\x1b'})
# expect: True True False
# expect: case 17 120 2 3 True True False
# expect: defaultdict(<class 'int'>,
# expect:             { 18: defaultdict(<class 'list'>,
# expect:                               { 16: False,
# expect:                                 18: [0.0, 7.5, frozenset({(7, 1), (3, 0), (5, 0), (2, 6), (2, 2)}), {...}],
# expect:                                 28: OrderedDict([...])}),
# expect:               24: bytearray(b')')})
# expect: True True False
# expect: case 18 30 1 3 False False False
# expect: Counter()
# expect: True True False
# expect: case 19 80 4 1 True True False
# expect: b'\x9c\xe0\nU\xe8m_\xd2k\x9d~B\x93\xd6!\xf1\xfd:\xbb\x80\xd1[\xd2j\x7f\xa8c'
# expect: True True False
# expect: case 20 30 1 2 True True False
# expect: {'\x00\x07': {65, 44, 62, 36},
# expect:  'dq"x': {},
# expect:  'trail ': True,
# expect:  'x y z': frozenset({(...),
# expect:                      (...),
# expect:                      (...)}),
# expect:  (2, 3): {42: [...],
# expect:           45: frozenset({(5,
# expect:                           8)}),
# expect:           'bb': {},
# expect:           'world': Counter({'\x00\x07': 8,
# expect:                             'trail ': 4,
# expect:                             'üñí': 3,
# expect:                             'bb': 0}),
# expect:           (...): 'lorem '
# expect:                  'ipsum '
# expect:                  'dolor sit '
# expect:                  'amet',
# expect:           (...): None},
# expect:  (3, 4): bytearray(b'\xc2GvZ'
# expect:                    b'\r\xb3;i'
# expect:                    b'\xfdo\xbd\x01'
# expect:                    b'\x11\xdcj\xac'
# expect:                    b'7I\x1e/'
# expect:                    b'V\xc6\x957'
# expect:                    b'\x86s\xe7')}
# expect: False True False
# expect: case 21 30 4 1 False False True
# expect: [   Counter({'tab\tsep': 0}),
# expect:     {16, 52},
# expect:     deque([   deque([   {   1,
# expect:                             20,
# expect:                             26,
# expect:                             28,
# expect:                             36,
# expect:                             39,
# expect:                             52,
# expect:                             58,
# expect:                             81,
# expect:                             99},
# expect:                         {...},
# expect:                         Counter({   "quote'd": 9,
# expect:                                     'x y z': 2,
# expect:                                     'üñí': 2,
# expect:                                     'new\nline': 1}),
# expect:                         frozenset({   (   1,
# expect:                                           6),
# expect:                                       (   3,
# expect:                                           0),
# expect:                                       (   5,
# expect:                                           1),
# expect:                                       (   5,
# expect:                                           6),
# expect:                                       (   5,
# expect:                                           7)}),
# expect:                         []]),
# expect:               Counter({   'dq"x': 0}),
# expect:               OrderedDict(),
# expect:               bytearray(b'\x0f\x13.\x0f'
# expect:                         b'\xcd"/\x99'
# expect:                         b'\xe6\xa0\xfb>'
# expect:                         b'\xb9!v\x02'
# expect:                         b'Gdn['
# expect:                         b'\xb7')],
# expect:           maxlen=10),
# expect:     ' lead',
# expect:     (...)]
# expect: True True False
# expect: case 22 60 1 None False True True
# expect: ''
# expect: True True False
# expect: case 23 80 1 1 True False True
# expect: [{64, 33, 2, 67, 38, 75, 82, 84, 54, 87},
# expect:  {66, 6, 71, 72, 79, 16, 52, 85, 22, 89},
# expect:  Counter({"quote'd": 9, 'a': 7, 'bb': 5}), 1.0]
# expect: True True False
# expect: case 24 10 4 None True True False
# expect: OrderedDict()
# expect: True True False
# expect: case 25 120 1 None False False False
# expect: {3, 21}
# expect: True True False
# expect: case 26 5 2 2 False False True
# expect: { 5,
# expect:   41,
# expect:   67,
# expect:   81,
# expect:   83}
# expect: True True False
# expect: case 27 10 2 None False True False
# expect: frozenset()
# expect: True True False
# expect: case 28 40 4 None True True False
# expect: ('new\n'
# expect:  'line a tab\tsep  \x00\x07 world tab\t'
# expect:  'sep tab\tsep hello')
# expect: True True False
# expect: case 29 1 4 None True True False
# expect: 'hello'
# expect: True True False
