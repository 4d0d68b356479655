# A PrettyPrinter subclass can override format() to change how values are shown.
import pprint
class Masking(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str) and obj.startswith('pw:'):
            return "'***'", False, False
        return super().format(obj, context, maxlevels, level)
m = Masking(width=30)
config = {'user': 'admin', 'password': 'pw:hunter2', 'hosts': ['a.example', 'pw:b', 'c.example']}
m.pprint(config)
print(m.pformat(['pw:x']), m.isreadable(['pw:x']), m.isreadable(['x']))
# expect: {'hosts': ['a.example',
# expect:            '***',
# expect:            'c.example'],
# expect:  'password': '***',
# expect:  'user': 'admin'}
# expect: ['***'] False True
