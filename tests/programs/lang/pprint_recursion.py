# Recursive structures show a recursion marker (its id varies, so it is masked here).
import pprint, re
def show(text):
    print(re.sub(r'id=\d+', 'id=N', text))
a = [1, 2]
a.append(a)
d = {'name': 'loop'}
d['self'] = d
d['list'] = a
show(pprint.pformat(a))
show(pprint.pformat(d))
show(pprint.pformat(d, width=20))
show(pprint.saferepr([d, a]))
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1, [2]]))
shared = [1, 2]
print(pprint.pformat([shared, shared, (shared,)]))
print(pprint.isrecursive([shared, shared]))
# expect: [1, 2, <Recursion on list with id=N>]
# expect: {'list': [1, 2, <Recursion on list with id=N>],
# expect:  'name': 'loop',
# expect:  'self': <Recursion on dict with id=N>}
# expect: {'list': [1,
# expect:           2,
# expect:           <Recursion on list with id=N>],
# expect:  'name': 'loop',
# expect:  'self': <Recursion on dict with id=N>}
# expect: [{'list': [1, 2, <Recursion on list with id=N>], 'name': 'loop', 'self': <Recursion on dict with id=N>}, [1, 2, <Recursion on list with id=N>]]
# expect: True False False
# expect: [[1, 2], [1, 2], ([1, 2],)]
# expect: False
