# namedtuples and other objects with their own repr stay on one line.
import pprint, collections
Row = collections.namedtuple('Row', 'id name tags')
rows = [Row(i, 'name%d' % i, ['t%d' % j for j in range(i)]) for i in range(4)]
pprint.pprint(rows, width=40)
pprint.pprint({'row': Row(1, 'x' * 40, [])}, width=30)
class Opaque:
    def __repr__(self):
        return '<Opaque thing>'
pprint.pprint([Opaque()] * 3, width=10)
# expect: [Row(id=0, name='name0', tags=[]),
# expect:  Row(id=1, name='name1', tags=['t0']),
# expect:  Row(id=2, name='name2', tags=['t0', 't1']),
# expect:  Row(id=3, name='name3', tags=['t0', 't1', 't2'])]
# expect: {'row': Row(id=1, name='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', tags=[])}
# expect: [<Opaque thing>,
# expect:  <Opaque thing>,
# expect:  <Opaque thing>]
