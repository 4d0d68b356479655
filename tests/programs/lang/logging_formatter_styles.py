# Formatter styles: %-format, str.format ({) and string.Template ($), with defaults.
import logging
record = logging.makeLogRecord({'name': 'app', 'msg': 'hello %s', 'args': ('world',), 'levelno': 20,
                                'levelname': 'INFO', 'user': 'ann'})
formats = [('%(levelname)s:%(name)s:%(message)s', '%'), ('%(levelno)05d [%(user)-6s] %(message)r', '%'),
           ('{levelname}|{name:>6}|{message!r}', '{'), ('{user!s:^7} {name[0]} {message}', '{'),
           ('$levelname ${name}: $message $$', '$')]
for fmt, style in formats:
    print(logging.Formatter(fmt, style=style).format(record))
print(logging.Formatter().format(record), logging.Formatter(style='{').format(record), logging.Formatter(style='$').format(record))
print(logging.Formatter('%(app)s %(message)s', defaults={'app': 'DEFAULT'}).format(record))
print(logging.Formatter('{app} {message}', style='{', defaults={'app': 'D2'}).format(record))
print(logging.Formatter('%(user)s', defaults={'user': 'unused'}).format(record))
for fmt in ('%(x)s', '%(x).3f', '%(x)-*d', '%(x)#X', '%%(x)s', '%(x)', '%(x)10', '%(x).s', '%(x) +10.5E', '%(a.b)s'):
    try:
        logging.Formatter(fmt)
        print('valid', fmt)
    except ValueError as e:
        print('ValueError:', e)
for fmt in ('{message:zz}', 'plain', '{message!x}', '{a b}', '{0}', '{x[1]}'):
    try:
        logging.Formatter(fmt, style='{')
        print('valid', fmt)
    except ValueError as e:
        print('ValueError:', e)
for fmt in ('$ bare', 'none', '${braced}', '$$'):
    try:
        logging.Formatter(fmt, style='$')
        print('valid', fmt)
    except ValueError as e:
        print('ValueError:', e)
try:
    logging.Formatter(style='!')
except ValueError as e:
    print('ValueError:', e)
for fmt, style in (('%(nope)s', '%'), ('{nope}', '{')):
    try:
        logging.Formatter(fmt, style=style).format(record)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(logging.Formatter('no fields', validate=False).format(record))
# expect: INFO:app:hello world
# expect: 00020 [ann   ] 'hello world'
# expect: INFO|   app|'hello world'
# expect:   ann   a hello world
# expect: INFO app: hello world $
# expect: hello world hello world hello world
# expect: DEFAULT hello world
# expect: D2 hello world
# expect: ann
# expect: valid %(x)s
# expect: valid %(x).3f
# expect: valid %(x)-*d
# expect: valid %(x)#X
# expect: valid %%(x)s
# expect: ValueError: Invalid format '%(x)' for '%' style
# expect: ValueError: Invalid format '%(x)10' for '%' style
# expect: ValueError: Invalid format '%(x).s' for '%' style
# expect: valid %(x) +10.5E
# expect: ValueError: Invalid format '%(a.b)s' for '%' style
# expect: ValueError: invalid format: bad specifier: 'zz'
# expect: ValueError: invalid format: no fields
# expect: ValueError: invalid format: invalid conversion: 'x'
# expect: ValueError: invalid format: invalid field name/expression: 'a b'
# expect: valid {0}
# expect: valid {x[1]}
# expect: ValueError: invalid format: bare '$' not allowed
# expect: ValueError: invalid format: no fields
# expect: valid ${braced}
# expect: ValueError: invalid format: no fields
# expect: ValueError: Style must be one of: %,{,$
# expect: ValueError: Formatting field not found in record: 'nope'
# expect: ValueError: Formatting field not found in record: 'nope'
# expect: no fields
