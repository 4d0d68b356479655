# Programs can teach PrettyPrinter a layout for their own class through its _dispatch table.
import pprint
class Bag:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return 'Bag(%r)' % (self.items,)
def pprint_bag(printer, bag, stream, indent, allowance, context, level):
    stream.write('Bag(')
    printer._format(bag.items, stream, indent + 4, allowance + 1, context, level)
    stream.write(')')
print(dict.__repr__ in pprint.PrettyPrinter._dispatch)
bag = Bag([{'name': 'item%d' % i, 'size': i * 10} for i in range(4)])
pprint.pprint(bag)
pprint.PrettyPrinter._dispatch[Bag.__repr__] = pprint_bag
pprint.pprint(bag)
pprint.pprint([bag], width=30)
# expect: True
# expect: Bag([{'name': 'item0', 'size': 0}, {'name': 'item1', 'size': 10}, {'name': 'item2', 'size': 20}, {'name': 'item3', 'size': 30}])
# expect: Bag([{'name': 'item0', 'size': 0},
# expect:      {'name': 'item1', 'size': 10},
# expect:      {'name': 'item2', 'size': 20},
# expect:      {'name': 'item3', 'size': 30}])
# expect: [Bag([{'name': 'item0',
# expect:        'size': 0},
# expect:       {'name': 'item1',
# expect:        'size': 10},
# expect:       {'name': 'item2',
# expect:        'size': 20},
# expect:       {'name': 'item3',
# expect:        'size': 30}])]
