# StreamHandler, NullHandler and the base Handler: reprs, streams, terminators, names, levels.
import logging, sys, io
log = logging.getLogger('h')
log.propagate = False
out = logging.StreamHandler(sys.stdout)
log.addHandler(out)
log.addHandler(out)
print(len(log.handlers), out, logging.StreamHandler(), logging.NullHandler(), logging.Handler(logging.INFO))
print(repr(logging.StreamHandler(io.StringIO())))
log.warning('plain handler, default formatter: %s', 'ok')
buf = io.StringIO()
print(out.setStream(buf) is sys.stdout, out.setStream(buf))
log.warning('into the buffer')
out.terminator = ' <END>\n'
log.warning('custom terminator')
out.setStream(sys.stdout)
print(repr(buf.getvalue()))
log.warning('back on stdout')
out.name = 'console'
print(out.name, out.get_name(), logging._handlers.get('console') is out)
out.close()
print('console' in logging._handlers)
null = logging.NullHandler()
log.removeHandler(out)
log.addHandler(null)
log.critical('swallowed by NullHandler')
print(null.lock, log.handlers)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(logging.Handler().format(logging.makeLogRecord({'msg': 'x=%s', 'args': (1,)})))
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
collector = ListHandler()
collector.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(collector)
log.error('collected %d', 1)
log.warning('collected %d', 2)
print(collector.records)
# expect: 1 <StreamHandler <stdout> (NOTSET)> <StreamHandler <stderr> (NOTSET)> <NullHandler (NOTSET)> <Handler (INFO)>
# expect: <StreamHandler (NOTSET)>
# expect: plain handler, default formatter: ok
# expect: True None
# expect: 'into the buffer\ncustom terminator <END>\n'
# expect: back on stdout <END>
# expect: console console True
# expect: False
# expect: None [<NullHandler (NOTSET)>]
# expect: NotImplementedError: emit must be implemented by Handler subclasses
# expect: x=1
# expect: ['ERROR:collected 1', 'WARNING:collected 2']
