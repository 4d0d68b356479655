# extra= adds attributes to the record (refusing to overwrite); LogRecord and makeLogRecord basics.
import logging, sys
log = logging.getLogger('rec')
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(message)s [%(tag)s]'))
log.addHandler(handler)
log.warning('tagged', extra={'tag': 'T1'})
for key in ('message', 'asctime', 'name', 'msg', 'levelno'):
    try:
        log.warning('x', extra={key: 1})
    except KeyError as e:
        print('KeyError:', e)
record = logging.LogRecord('nm', logging.INFO, '/path/to/module.py', 42, 'value %s=%d', ('x', 5), None, 'func')
print(record)
print(record.name, record.levelname, record.levelno, record.pathname, record.filename, record.module)
print(record.lineno, record.funcName, record.getMessage(), record.exc_info, record.exc_text, record.stack_info)
print(record.threadName, record.processName, type(record.created).__name__, record.msecs == int(record.msecs))
mapping = logging.LogRecord('nm', 10, 'file', 1, '%(a)s and %(b)s', ({'a': 1, 'b': 2},), None)
print(mapping.args, mapping.getMessage())
print(logging.LogRecord('nm', 10, 'file', 1, 'empty %s', ({},), None).getMessage())
made = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'custom': True})
print(made.getMessage(), made.custom, made.name, made.levelno, made.levelname)
original = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = original(*args, **kwargs)
    record.tag = 'from-factory'
    return record
logging.setLogRecordFactory(factory)
log.warning('made by the factory')
logging.setLogRecordFactory(original)
print(logging.getLogRecordFactory() is logging.LogRecord)
# expect: tagged [T1]
# expect: KeyError: "Attempt to overwrite 'message' in LogRecord"
# expect: KeyError: "Attempt to overwrite 'asctime' in LogRecord"
# expect: KeyError: "Attempt to overwrite 'name' in LogRecord"
# expect: KeyError: "Attempt to overwrite 'msg' in LogRecord"
# expect: KeyError: "Attempt to overwrite 'levelno' in LogRecord"
# expect: <LogRecord: nm, 20, /path/to/module.py, 42, "value %s=%d">
# expect: nm INFO 20 /path/to/module.py module.py module
# expect: 42 func value x=5 None None None
# expect: MainThread MainProcess float True
# expect: {'a': 1, 'b': 2} 1 and 2
# expect: empty {}
# expect: made here True None None Level None
# expect: made by the factory [from-factory]
# expect: True
