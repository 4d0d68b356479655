# collections.ChainMap: lookups through the maps, new_child/parents, writes and deletes in the first map.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
given = {'user': 'admin'}
cm = ChainMap(given, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm, 'color' in cm, cm.get('nope', 0))
# expect: admin red 2 ['color', 'user'] ChainMap({'user': 'admin'}, {'color': 'red', 'user': 'guest'}) True 0
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child.maps[0])
# expect: blue red {'color': 'blue'}
cm['shade'] = 'dark'
print(given, list(cm.items()))
# expect: {'user': 'admin', 'shade': 'dark'} [('color', 'red'), ('user', 'admin'), ('shade', 'dark')]
del cm['shade']
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
    # expect: KeyError "Key not found in the first mapping: 'color'"
