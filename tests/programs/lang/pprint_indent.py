# indent widens each nesting level (and the space after an opening bracket).
import pprint
data = {'alpha': [1, 2, 3, {'x': 'y' * 20}], 'beta': ('one', 'two', 'three' * 5), 'gamma': {1, 2, 3}}
for indent in (0, 1, 2, 4, 8):
    pprint.pprint(data, indent=indent, width=30)
# expect: {'alpha': [1,
# expect:          2,
# expect:          3,
# expect:          {'x': 'yyyyyyyyyyyyyyyyyyyy'}],
# expect: 'beta': ('one',
# expect:         'two',
# expect:         'threethreethreethreethree'),
# expect: 'gamma': {1, 2, 3}}
# expect: {'alpha': [1,
# expect:            2,
# expect:            3,
# expect:            {'x': 'yyyyyyyyyyyyyyyyyyyy'}],
# expect:  'beta': ('one',
# expect:           'two',
# expect:           'threethreethreethreethree'),
# expect:  'gamma': {1, 2, 3}}
# expect: { 'alpha': [ 1,
# expect:              2,
# expect:              3,
# expect:              { 'x': 'yyyyyyyyyyyyyyyyyyyy'}],
# expect:   'beta': ( 'one',
# expect:             'two',
# expect:             'threethreethreethreethree'),
# expect:   'gamma': {1, 2, 3}}
# expect: {   'alpha': [   1,
# expect:                  2,
# expect:                  3,
# expect:                  {   'x': 'yyyyyyyyyyyyyyyyyyyy'}],
# expect:     'beta': (   'one',
# expect:                 'two',
# expect:                 'threethreethreethreethree'),
# expect:     'gamma': {1, 2, 3}}
# expect: {       'alpha': [       1,
# expect:                          2,
# expect:                          3,
# expect:                          {       'x': 'yyyyyyyyyyyyyyyyyyyy'}],
# expect:         'beta': (       'one',
# expect:                         'two',
# expect:                         'threethreethreethreethree'),
# expect:         'gamma': {1, 2, 3}}
