# Random structures with subclasses, dataclasses, namespaces, collections and recursion (a differential test).
import pprint, collections, sys, dataclasses, types

class Rng:
    def __init__(self, seed):
        self.s = seed
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n

WORDS = ['a', 'bb', 'hello', 'world', 'x y z', 'lorem ipsum dolor sit amet consectetur', '', '  lead', 'trail  ', 'new\nline\n', 'tab\tsep', "quote'd", 'dq"x', 'üñí', '\r\n', 'superlongwordwithoutanyspacesatallreallyquitelong']

@dataclasses.dataclass
class DC:
    name: str
    items: list
    extra: object = None

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int

@dataclasses.dataclass
class Hidden:
    shown: object
    hidden: object = dataclasses.field(default=0, repr=False)

class MyDict(dict): pass
class MyList(list): pass
class MyTuple(tuple): pass
class MySet(set): pass
class MyStr(str): pass
class MyInt(int): pass
class ReprDict(dict):
    def __repr__(self): return 'ReprDict!'
class Obj:
    def __repr__(self): return '<Obj>'
class Readable:
    def __repr__(self): return 'Readable()'
NT = collections.namedtuple('NT', 'alpha beta')
class NS(types.SimpleNamespace): pass

def gen(r, depth):
    k = r.next(26 if depth < 4 else 6)
    if k == 0: return r.next(2000000) - 1000000
    if k == 1: return WORDS[r.next(len(WORDS))]
    if k == 2: return ' '.join(WORDS[r.next(len(WORDS))] for _ in range(r.next(20)))
    if k == 3: return MyInt(r.next(100000))
    if k == 4: return [None, True, False, Obj(), Readable(), 1.5e300, -0.0][r.next(7)]
    if k == 5: return MyStr(WORDS[r.next(len(WORDS))] * 3)
    if k in (6, 7): return [gen(r, depth + 1) for _ in range(r.next(8))]
    if k == 8: return tuple(gen(r, depth + 1) for _ in range(r.next(5)))
    if k == 9:
        d = {}
        for _ in range(r.next(7)):
            key = [r.next(50), WORDS[r.next(len(WORDS))], (r.next(5), r.next(5)), None][r.next(4)]
            d[key] = gen(r, depth + 1)
        return d
    if k == 10: return MyDict({r.next(20): gen(r, depth + 1) for _ in range(r.next(5))})
    if k == 11: return MyList(gen(r, depth + 1) for _ in range(r.next(5)))
    if k == 12: return MyTuple(gen(r, depth + 1) for _ in range(r.next(5)))
    if k == 13: return MySet(r.next(100) for _ in range(r.next(9)))
    if k == 14: return ReprDict(a=1)
    if k == 15: return DC(WORDS[r.next(len(WORDS))], [gen(r, depth + 1) for _ in range(r.next(5))], gen(r, depth + 1))
    if k == 16: return NoRepr(r.next(9))
    if k == 17: return Hidden(gen(r, depth + 1), gen(r, depth + 1))
    if k == 18: return NT(gen(r, depth + 1), gen(r, depth + 1))
    if k == 19: return types.SimpleNamespace(first=gen(r, depth + 1), second=gen(r, depth + 1))
    if k == 20: return NS(only=gen(r, depth + 1))
    if k == 21: return collections.ChainMap(*[{r.next(9): gen(r, depth + 1)} for _ in range(r.next(4))])
    if k == 22: return collections.UserList(gen(r, depth + 1) for _ in range(r.next(5)))
    if k == 23: return collections.UserDict({WORDS[r.next(len(WORDS))]: gen(r, depth + 1) for _ in range(r.next(5))})
    if k == 24:
        x = [gen(r, depth + 1)]
        x.append(x)
        d = {'self': x, 'v': gen(r, depth + 1)}
        d['me'] = d
        return [x, d][r.next(2)]
    dc = DC('rec', [])
    dc.items.append(dc)
    dc.extra = [dc, gen(r, depth + 1)]
    return dc

import re
def norm(s):
    s = re.sub(r'id=\d+', 'id=N', s)
    s = re.sub(r'0x[0-9a-f]+', '0xN', s)
    return s

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
    print(norm(pprint.pformat(obj, width=width, indent=indent, depth=depth, compact=compact, sort_dicts=sd, underscore_numbers=un)))
    print(norm(pprint.saferepr(obj)), pprint.isreadable(obj), pprint.isrecursive(obj))
    pp = pprint.PrettyPrinter(width=width, depth=depth)
    print(pp.isreadable(obj), pp.isrecursive(obj))
# expect: case 0 20 2 3 True True False
# expect: <__main__.NoRepr object at 0xN>
# expect: <__main__.NoRepr object at 0xN> False False
# expect: False False
# expect: case 1 80 4 3 False False False
# expect: ChainMap({   3: NT(alpha=1.5e+300, beta="tab\tsep superlongwordwithoutanyspacesatallreallyquitelong x y z lorem ipsum dolor sit amet consectetur quote'd üñí \r\n hello üñí a x y z a")},
# expect:          {   3: [   'lorem ipsum dolor sit amet consectetur \r\n'
# expect:                     ' tab\tsep tab\tsep tab\tsep dq"x üñí '
# expect:                     'superlongwordwithoutanyspacesatallreallyquitelong',
# expect:                     NT(alpha=NT(alpha=True, beta=True), beta=DC(name='rec', items=[...], extra=[..., 'hellohellohello'])),
# expect:                     (...),
# expect:                     89462,
# expect:                     [...],
# expect:                     Hidden(shown=NT(alpha=6958, beta='a world new\nline\n bb new\nline\n quote\'d x y z new\nline\n trail    dq"x   lead bb world')),
# expect:                     {...}]})
# expect: ChainMap({3: NT(alpha=1.5e+300, beta="tab\tsep superlongwordwithoutanyspacesatallreallyquitelong x y z lorem ipsum dolor sit amet consectetur quote'd üñí \r\n hello üñí a x y z a")}, {3: ['lorem ipsum dolor sit amet consectetur \r\n tab\tsep tab\tsep tab\tsep dq"x üñí superlongwordwithoutanyspacesatallreallyquitelong', NT(alpha=NT(alpha=True, beta=True), beta=DC(name='rec', items=[...], extra=[..., 'hellohellohello'])), (False, [], {}, {}), 89462, [[], [-378521], 693341, DC(name='rec', items=[...], extra=[..., "x y z new\nline\n  superlongwordwithoutanyspacesatallreallyquitelong lorem ipsum dolor sit amet consectetur bb quote'd   lead hello hello bb trail   world trail   \r\n"]), [True, [...]]], Hidden(shown=NT(alpha=6958, beta='a world new\nline\n bb new\nline\n quote\'d x y z new\nline\n trail    dq"x   lead bb world')), {'self': [NT(alpha='dq"x', beta=22366), [...]], 'v': (), 'me': {...}}]}) True False
# expect: True False
# expect: case 2 5 1 None True True False
# expect: [NS(only=Readable())]
# expect: [NS(only=Readable())] True False
# expect: True False
# expect: case 3 30 2 3 False False False
# expect: MySet({ 26,
# expect:         27,
# expect:         49,
# expect:         53,
# expect:         96,
# expect:         98})
# expect: MySet({96, 98, 49, 53, 26, 27}) True False
# expect: True False
# expect: case 4 5 2 1 False True False
# expect: DC(name='tab\t'
# expect:         'sep',
# expect:    items=[ 1.5e+300,
# expect:            namespace(first=[ ],
# expect:                      second='world')],
# expect:    extra=DC(name='rec',
# expect:             items=[ <Recursion on DC with id=N>],
# expect:             extra=[ <Recursion on DC with id=N>,
# expect:                     [ { '': 1.5e+300,
# expect:                         '\r\n': -0.0,
# expect:                         '  lead': '',
# expect:                         'x y z': 'trail  '
# expect:                                  'trail  '
# expect:                                  'trail  '},
# expect:                       'a '
# expect:                       'bb '
# expect:                       'üñí '
# expect:                       'trail   '
# expect:                       'tab\t'
# expect:                       'sep']]))
# expect: DC(name='tab\tsep', items=[1.5e+300, namespace(first=[], second='world')], extra=DC(name='rec', items=[...], extra=[..., [{'\r\n': -0.0, '  lead': '', 'x y z': 'trail  trail  trail  ', '': 1.5e+300}, 'a bb üñí trail   tab\tsep']])) True False
# expect: True False
# expect: case 5 40 1 1 False False True
# expect: <__main__.NoRepr object at 0xN>
# expect: <__main__.NoRepr object at 0xN> False False
# expect: False False
# expect: case 6 30 0 1 True False False
# expect: ChainMap({...},
# expect:          {...})
# expect: ChainMap({8: [[Hidden(shown='new\nline\nnew\nline\nnew\nline\n'), MySet({5, 86}), [-436293, 4969, 'tab\tseptab\tseptab\tsep', 1.5e+300, 48369, '  lead']]]}, {7: 'bb'}) True False
# expect: True False
# expect: case 7 40 2 3 False True True
# expect: []
# expect: [] True False
# expect: True False
# expect: case 8 60 0 None False True False
# expect: [{'bb': DC(name='rec',
# expect:          items=[<Recursion on DC with id=N>],
# expect:          extra=[<Recursion on DC with id=N>,
# expect:                NS(only=913853)])},
# expect: {}]
# expect: [{'bb': DC(name='rec', items=[...], extra=[..., NS(only=913853)])}, {}] True False
# expect: True False
# expect: case 9 5 4 None True False True
# expect: [   DC(name='rec',
# expect:        items=[   <Recursion on DC with id=N>],
# expect:        extra=[   <Recursion on DC with id=N>,
# expect:                  MySet({   11,
# expect:                            40,
# expect:                            45,
# expect:                            52,
# expect:                            59})]),
# expect:     namespace(first=ChainMap({   5: {   'self': [   'world',
# expect:                                                     <Recursion on list with id=N>],
# expect:                                         'v': 'hello '
# expect:                                              "quote'd "
# expect:                                              'üñí '
# expect:                                              'a '
# expect:                                              'bb '
# expect:                                              'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                              'trail   '
# expect:                                              'dq"x '
# expect:                                              'new\n'
# expect:                                              'line\n'
# expect:                                              ' '
# expect:                                              'hello '
# expect:                                              'world '
# expect:                                              'new\n'
# expect:                                              'line\n'
# expect:                                              ' '
# expect:                                              "quote'd",
# expect:                                         'me': <Recursion on dict with id=N>}},
# expect:                              {   0: [   '  '
# expect:                                         'lead '
# expect:                                         'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                         'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                         'superlongwordwithoutanyspacesatallreallyquitelong   '
# expect:                                         'lead '
# expect:                                         'dq"x '
# expect:                                         'lorem '
# expect:                                         'ipsum '
# expect:                                         'dolor '
# expect:                                         'sit '
# expect:                                         'amet '
# expect:                                         'consectetur '
# expect:                                         'hello '
# expect:                                         'dq"x '
# expect:                                         'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                         'hello '
# expect:                                         'lorem '
# expect:                                         'ipsum '
# expect:                                         'dolor '
# expect:                                         'sit '
# expect:                                         'amet '
# expect:                                         'consectetur '
# expect:                                         'trail   '
# expect:                                         'dq"x '
# expect:                                         'superlongwordwithoutanyspacesatallreallyquitelong  '
# expect:                                         'trail   '
# expect:                                         'bb',
# expect:                                         381_472,
# expect:                                         <Obj>,
# expect:                                         '  '
# expect:                                         'lead '
# expect:                                         'bb '
# expect:                                         "quote'd",
# expect:                                         40_978,
# expect:                                         'lorem '
# expect:                                         'ipsum '
# expect:                                         'dolor '
# expect:                                         'sit '
# expect:                                         'amet '
# expect:                                         'consectetur',
# expect:                                         67_959]}),
# expect:               second={   "quote'd": <__main__.NoRepr object at 0xN>})]
# expect: [DC(name='rec', items=[...], extra=[..., MySet({40, 11, 45, 52, 59})]), namespace(first=ChainMap({5: {'self': ['world', [...]], 'v': 'hello quote\'d üñí a bb superlongwordwithoutanyspacesatallreallyquitelong trail   dq"x new\nline\n hello world new\nline\n quote\'d', 'me': {...}}}, {0: ['  lead superlongwordwithoutanyspacesatallreallyquitelong superlongwordwithoutanyspacesatallreallyquitelong superlongwordwithoutanyspacesatallreallyquitelong   lead dq"x lorem ipsum dolor sit amet consectetur hello dq"x superlongwordwithoutanyspacesatallreallyquitelong hello lorem ipsum dolor sit amet consectetur trail   dq"x superlongwordwithoutanyspacesatallreallyquitelong  trail   bb', 381472, <Obj>, "  lead bb quote'd", 40978, 'lorem ipsum dolor sit amet consectetur', 67959]}), second={"quote'd": <__main__.NoRepr object at 0xN>})] True False
# expect: True False
# expect: case 10 60 0 3 False False False
# expect: {"quote'd": NT(alpha='a', beta=None),
# expect: 'a': ChainMap({3: ChainMap({...},
# expect:                           {...})},
# expect:               {8: Hidden(shown=DC(name='world',
# expect:                                  items=[...],
# expect:                                  extra='superlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelong'))},
# expect:               {0: {}}),
# expect: 'new\nline\n': [["quote'dquote'dquote'd",
# expect:                DC(name='x y z',
# expect:                   items=[...],
# expect:                   extra=234823)]]}
# expect: {"quote'd": NT(alpha='a', beta=None), 'a': ChainMap({3: ChainMap({4: DC(name='rec', items=[...], extra=[..., 43417])}, {0: {None: 'worldworldworld', 8: 'a x y z x y z üñí', 43: -907678}})}, {8: Hidden(shown=DC(name='world', items=['new\nline\n', 'tab\tsep'], extra='superlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelong'))}, {0: {}}), 'new\nline\n': [["quote'dquote'dquote'd", DC(name='x y z', items=[24156], extra=234823)]]} True False
# expect: True False
# expect: case 11 60 0 2 True False False
# expect: <__main__.NoRepr object at 0xN>
# expect: <__main__.NoRepr object at 0xN> False False
# expect: False False
# expect: case 12 30 0 3 True True False
# expect: DC(name='üñí',
# expect:    items=[ChainMap({...},
# expect:                   {...}),
# expect:          MySet({6, 50, 59, 77,
# expect:                80, 86}),
# expect:          Hidden(shown=DC(name='rec',
# expect:                          items=[<Recursion on DC with id=N>],
# expect:                          extra=[<Recursion on DC with id=N>,
# expect:                                {'\r\n': '  '
# expect:                                        'lead',
# expect:                                'a': "quote'dquote'dquote'd",
# expect:                                'dq"x': '',
# expect:                                'hello': ''}]))],
# expect:    extra=())
# expect: DC(name='üñí', items=[ChainMap({7: {None: 'x y zx y zx y z', 12: <__main__.NoRepr object at 0xN>, 'dq"x': False, 'superlongwordwithoutanyspacesatallreallyquitelong': <__main__.NoRepr object at 0xN>}}, {4: {2: MySet({67, 54, 63}), 18: DC(name='x y z', items=[541548, 900, 'x y zx y zx y z'], extra='superlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelongsuperlongwordwithoutanyspacesatallreallyquitelong')}}), MySet({6, 77, 80, 50, 86, 59}), Hidden(shown=DC(name='rec', items=[...], extra=[..., {'hello': '', '\r\n': '  lead', 'a': "quote'dquote'dquote'd", 'dq"x': ''}]))], extra=()) True False
# expect: True False
# expect: case 13 80 2 1 False True False
# expect: (NT(alpha=ReprDict!, beta=[]),)
# expect: (NT(alpha=ReprDict!, beta=[]),) True False
# expect: True False
# expect: case 14 80 0 1 True True True
# expect: 94_951
# expect: 94951 True False
# expect: True False
# expect: case 15 1 2 1 True True False
# expect: DC(name='rec',
# expect:    items=[ <Recursion on DC with id=N>],
# expect:    extra=[ <Recursion on DC with id=N>,
# expect:            namespace(first=<__main__.NoRepr object at 0xN>,
# expect:                      second=False)])
# expect: DC(name='rec', items=[...], extra=[..., namespace(first=<__main__.NoRepr object at 0xN>, second=False)]) True False
# expect: True False
# expect: case 16 40 2 None True True False
# expect: -314473
# expect: -314473 True False
# expect: True False
# expect: case 17 40 1 3 True True False
# expect: ['\r\n']
# expect: ['\r\n'] True False
# expect: True False
# expect: case 18 80 2 3 True False False
# expect: { 18: ChainMap({}),
# expect:   12: "quote'd",
# expect:   5: NT(alpha=37048, beta=namespace(first=-0.0, second=NT(alpha=Readable(), beta='superlongwordwithoutanyspacesatallreallyquitelong')))}
# expect: {5: NT(alpha=37048, beta=namespace(first=-0.0, second=NT(alpha=Readable(), beta='superlongwordwithoutanyspacesatallreallyquitelong'))), 12: "quote'd", 18: ChainMap({})} True False
# expect: True False
# expect: case 19 120 0 None True True True
# expect: []
# expect: [] True False
# expect: True False
# expect: case 20 20 4 3 False True False
# expect: 53395
# expect: 53395 True False
# expect: True False
# expect: case 21 20 1 None False False False
# expect: ('  lead üñí hello '
# expect:  'üñí hello world '
# expect:  "quote'd bb "
# expect:  "quote'd")
# expect: "  lead üñí hello üñí hello world quote'd bb quote'd" True False
# expect: True False
# expect: case 22 10 4 None False False False
# expect: Hidden(shown=[   (   ChainMap({   0: 'x '
# expect:                                      'y '
# expect:                                      'z '
# expect:                                      'new\n'
# expect:                                      'line\n'
# expect:                                      ' '
# expect:                                      'x '
# expect:                                      'y '
# expect:                                      'z '
# expect:                                      'x '
# expect:                                      'y '
# expect:                                      'z '
# expect:                                      "quote'd "
# expect:                                      'x '
# expect:                                      'y '
# expect:                                      'z '
# expect:                                      'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                      'hello '
# expect:                                      'trail     '
# expect:                                      'lead '
# expect:                                      'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                                      'bb '
# expect:                                      'trail  '},
# expect:                               {   2: "quote'd"},
# expect:                               {   7: 'bb'}),
# expect:                      -0.0,
# expect:                      [   -0.0]),
# expect:                  {   '\r\n': {   'trail  ': "quote'd "
# expect:                                             'hello '
# expect:                                             'lorem '
# expect:                                             'ipsum '
# expect:                                             'dolor '
# expect:                                             'sit '
# expect:                                             'amet '
# expect:                                             'consectetur \r\n'
# expect:                                             ' '
# expect:                                             'x '
# expect:                                             'y '
# expect:                                             'z '
# expect:                                             'new\n'
# expect:                                             'line\n'
# expect:                                             ' '
# expect:                                             'lorem '
# expect:                                             'ipsum '
# expect:                                             'dolor '
# expect:                                             'sit '
# expect:                                             'amet '
# expect:                                             'consectetur    '
# expect:                                             'lead ',
# expect:                                  'dq"x': 75400},
# expect:                      'lorem ipsum dolor sit amet consectetur': [   -526848,
# expect:                                                                    '  '
# expect:                                                                    'lead'],
# expect:                      'new\nline\n': Hidden(shown='  '
# expect:                                                  'lead '
# expect:                                                  "quote'd "
# expect:                                                  'hello')},
# expect:                  DC(name='rec',
# expect:                     items=[   <Recursion on DC with id=N>],
# expect:                     extra=[   <Recursion on DC with id=N>,
# expect:                               MySet({   9,
# expect:                                         15,
# expect:                                         16,
# expect:                                         70,
# expect:                                         88})])])
# expect: Hidden(shown=[(ChainMap({0: "x y z new\nline\n x y z x y z quote'd x y z superlongwordwithoutanyspacesatallreallyquitelong hello trail     lead superlongwordwithoutanyspacesatallreallyquitelong bb trail  "}, {2: "quote'd"}, {7: 'bb'}), -0.0, [-0.0]), {'\r\n': {'trail  ': "quote'd hello lorem ipsum dolor sit amet consectetur \r\n x y z new\nline\n lorem ipsum dolor sit amet consectetur    lead ", 'dq"x': 75400}, 'lorem ipsum dolor sit amet consectetur': [-526848, '  lead'], 'new\nline\n': Hidden(shown="  lead quote'd hello")}, DC(name='rec', items=[...], extra=[..., MySet({70, 9, 15, 16, 88})])]) True False
# expect: True False
# expect: case 23 60 1 None True True False
# expect: DC(name='rec', items=[...], extra=[..., -0.0])
# expect: DC(name='rec', items=[...], extra=[..., -0.0]) True False
# expect: True False
# expect: case 24 40 2 2 True True False
# expect: {6: 'bbbbbb'}
# expect: {6: 'bbbbbb'} True False
# expect: True False
# expect: case 25 30 2 None False False False
# expect: { 'bb': ( { (2, 0): 'x y z',
# expect:             17: 'lorem ipsum '
# expect:                 'dolor sit '
# expect:                 'amet '
# expect:                 'consectetur '
# expect:                 'a lorem '
# expect:                 'ipsum dolor '
# expect:                 'sit amet '
# expect:                 'consectetur '
# expect:                 'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                 'superlongwordwithoutanyspacesatallreallyquitelong '
# expect:                 'bb bb '
# expect:                 "quote'd"},
# expect:           namespace(first='hellohellohello',
# expect:                     second=namespace(first=-0.0,
# expect:                                      second=-233015))),
# expect:   '  lead': [ NT(alpha=NS(only='  lead \r\n \r\n x y z trail   bb trail   dq"x \r\n  lorem ipsum dolor sit amet consectetur lorem ipsum dolor sit amet consectetur  dq"x lorem ipsum dolor sit amet consectetur new\nline\n'), beta=651281)],
# expect:   'lorem ipsum dolor sit amet consectetur': [ 'trail  ',
# expect:                                               'worldworldworld',
# expect:                                               'x '
# expect:                                               'y '
# expect:                                               'zx '
# expect:                                               'y '
# expect:                                               'zx '
# expect:                                               'y '
# expect:                                               'z']}
# expect: {'bb': ({(2, 0): 'x y z', 17: "lorem ipsum dolor sit amet consectetur a lorem ipsum dolor sit amet consectetur superlongwordwithoutanyspacesatallreallyquitelong superlongwordwithoutanyspacesatallreallyquitelong bb bb quote'd"}, namespace(first='hellohellohello', second=namespace(first=-0.0, second=-233015))), '  lead': [NT(alpha=NS(only='  lead \r\n \r\n x y z trail   bb trail   dq"x \r\n  lorem ipsum dolor sit amet consectetur lorem ipsum dolor sit amet consectetur  dq"x lorem ipsum dolor sit amet consectetur new\nline\n'), beta=651281)], 'lorem ipsum dolor sit amet consectetur': ['trail  ', 'worldworldworld', 'x y zx y zx y z']} True False
# expect: True False
# expect: case 26 30 4 3 False False False
# expect: DC(name='x y z',
# expect:    items=[   [   ChainMap({   0: <__main__.NoRepr object at 0xN>},
# expect:                           {   6: 'bb'}),
# expect:                  NT(alpha=NT(alpha=216597, beta='new\nline\nnew\nline\nnew\nline\n'), beta=22494)],
# expect:              DC(name='rec',
# expect:                 items=[...],
# expect:                 extra=[...])],
# expect:    extra=27185)
# expect: DC(name='x y z', items=[[ChainMap({0: <__main__.NoRepr object at 0xN>}, {6: 'bb'}), NT(alpha=NT(alpha=216597, beta='new\nline\nnew\nline\nnew\nline\n'), beta=22494)], DC(name='rec', items=[...], extra=[..., DC(name='', items=[], extra=DC(name='rec', items=[...], extra=[..., -219614]))])], extra=27185) True False
# expect: True False
# expect: case 27 120 1 1 True False False
# expect: [[<__main__.NoRepr object at 0xN>, MySet({43, 91})]]
# expect: [[<__main__.NoRepr object at 0xN>, MySet({43, 91})]] True False
# expect: True False
# expect: case 28 120 4 1 True True False
# expect: <__main__.NoRepr object at 0xN>
# expect: <__main__.NoRepr object at 0xN> False False
# expect: False False
# expect: case 29 60 4 None False False False
# expect: NS(only=DC(name="quote'd",
# expect:            items=[   namespace(first=<__main__.NoRepr object at 0xN>,
# expect:                                second={   'self': [   'world '
# expect:                                                       'trail   '
# expect:                                                       'x y '
# expect:                                                       'z '
# expect:                                                       'hello '
# expect:                                                       'üñí '
# expect:                                                       'tab\t'
# expect:                                                       'sep '
# expect:                                                       'dq"x '
# expect:                                                       'trail   '
# expect:                                                       'x y '
# expect:                                                       'z   '
# expect:                                                       'lead '
# expect:                                                       'dq"x   '
# expect:                                                       'lead '
# expect:                                                       'world '
# expect:                                                       'new\n'
# expect:                                                       'line\n'
# expect:                                                       ' '
# expect:                                                       'world '
# expect:                                                       'trail  ',
# expect:                                                       <Recursion on list with id=N>],
# expect:                                           'v': -0.0,
# expect:                                           'me': <Recursion on dict with id=N>}),
# expect:                      -723973,
# expect:                      'x y z lorem ipsum dolor sit amet '
# expect:                      "consectetur    lead quote'd world "
# expect:                      'tab\tsep'],
# expect:            extra=[   'lorem ipsum dolor sit amet '
# expect:                      'consecteturlorem ipsum dolor sit '
# expect:                      'amet consecteturlorem ipsum dolor '
# expect:                      'sit amet consectetur',
# expect:                      DC(name='superlongwordwithoutanyspacesatallreallyquitelong',
# expect:                         items=[   '\r\n\r\n\r\n',
# expect:                                   55417,
# expect:                                   'superlongwordwithoutanyspacesatallreallyquitelong'],
# expect:                         extra='worldworldworld'),
# expect:                      [''],
# expect:                      NT(alpha=Readable(), beta=31671)]))
# expect: NS(only=DC(name="quote'd", items=[namespace(first=<__main__.NoRepr object at 0xN>, second={'self': ['world trail   x y z hello üñí tab\tsep dq"x trail   x y z   lead dq"x   lead world new\nline\n world trail  ', [...]], 'v': -0.0, 'me': {...}}), -723973, "x y z lorem ipsum dolor sit amet consectetur    lead quote'd world tab\tsep"], extra=['lorem ipsum dolor sit amet consecteturlorem ipsum dolor sit amet consecteturlorem ipsum dolor sit amet consectetur', DC(name='superlongwordwithoutanyspacesatallreallyquitelong', items=['\r\n\r\n\r\n', 55417, 'superlongwordwithoutanyspacesatallreallyquitelong'], extra='worldworldworld'), [''], NT(alpha=Readable(), beta=31671)])) True False
# expect: True False
