# LoggerAdapter passes its extra dict; process() can rewrite messages.
import logging, sys
log = logging.getLogger('svc')
log.propagate = False
class MaskedStdout:
    # The traceback names this file; its path depends on where the test runs.
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))
    def flush(self):
        sys.stdout.flush()
handler = logging.StreamHandler(MaskedStdout())
handler.setFormatter(logging.Formatter('%(levelname)s [%(request)s] %(message)s'))
log.addHandler(handler)
log.setLevel(logging.INFO)
adapter = logging.LoggerAdapter(log, {'request': 'r-1'})
adapter.info('handling %s', '/index')
adapter.debug('not shown')
adapter.warning('warned')
adapter.log(logging.ERROR, 'logged at %d', logging.ERROR)
print(adapter, adapter.name, adapter.manager is log.manager, adapter.isEnabledFor(logging.DEBUG))
print(adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.WARNING)
adapter.info('now hidden')
class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = {'request': self.extra['id']}
        return '%s: %s' % (self.extra['id'], msg), kwargs
Prefixed(log, {'id': 'job-7'}).error('failed step %d', 3)
try:
    {}['x']
except KeyError:
    adapter.exception('with exception')
# expect: INFO [r-1] handling /index
# expect: WARNING [r-1] warned
# expect: ERROR [r-1] logged at 40
# expect: <LoggerAdapter svc (INFO)> svc True False
# expect: 20 True
# expect: ERROR [job-7] job-7: failed step 3
# expect: ERROR [r-1] with exception
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 30, in <module>
# expect:     {}['x']
# expect:     ~~^^^^^
# expect: KeyError: 'x'
