# Nested dicts and lists are broken over lines at several widths, dict keys sorted.
import pprint
data = {'name': 'coro', 'versions': [3, 11, 7], 'deps': {'cranelift': {'jit': True, 'opt': 'speed'},
        'fancy-regex': ['backtracking', 'unicode']}, 'empty': {}, 'flags': (True, False, None)}
for width in (80, 60, 40, 20, 1):
    print('width', width)
    pprint.pprint(data, width=width)
# expect: width 80
# expect: {'deps': {'cranelift': {'jit': True, 'opt': 'speed'},
# expect:           'fancy-regex': ['backtracking', 'unicode']},
# expect:  'empty': {},
# expect:  'flags': (True, False, None),
# expect:  'name': 'coro',
# expect:  'versions': [3, 11, 7]}
# expect: width 60
# expect: {'deps': {'cranelift': {'jit': True, 'opt': 'speed'},
# expect:           'fancy-regex': ['backtracking', 'unicode']},
# expect:  'empty': {},
# expect:  'flags': (True, False, None),
# expect:  'name': 'coro',
# expect:  'versions': [3, 11, 7]}
# expect: width 40
# expect: {'deps': {'cranelift': {'jit': True,
# expect:                         'opt': 'speed'},
# expect:           'fancy-regex': ['backtracking',
# expect:                           'unicode']},
# expect:  'empty': {},
# expect:  'flags': (True, False, None),
# expect:  'name': 'coro',
# expect:  'versions': [3, 11, 7]}
# expect: width 20
# expect: {'deps': {'cranelift': {'jit': True,
# expect:                         'opt': 'speed'},
# expect:           'fancy-regex': ['backtracking',
# expect:                           'unicode']},
# expect:  'empty': {},
# expect:  'flags': (True,
# expect:            False,
# expect:            None),
# expect:  'name': 'coro',
# expect:  'versions': [3,
# expect:               11,
# expect:               7]}
# expect: width 1
# expect: {'deps': {'cranelift': {'jit': True,
# expect:                         'opt': 'speed'},
# expect:           'fancy-regex': ['backtracking',
# expect:                           'unicode']},
# expect:  'empty': {},
# expect:  'flags': (True,
# expect:            False,
# expect:            None),
# expect:  'name': 'coro',
# expect:  'versions': [3,
# expect:               11,
# expect:               7]}
