# exception() and exc_info= add the traceback to the message.
import logging, sys
log = logging.getLogger('errors')
log.propagate = False
class MaskedStdout:
    # The traceback names this file; its path depends on where the test runs.
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))
    def flush(self):
        sys.stdout.flush()
handler = logging.StreamHandler(MaskedStdout())
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(handler)
def parse(text):
    return int(text)
try:
    parse('twelve')
except ValueError:
    log.exception('could not parse %r', 'twelve')
try:
    {}['missing']
except KeyError as e:
    log.error('lookup failed', exc_info=True)
    saved = e
log.warning('exception given', exc_info=saved)
log.info('no exception being handled', exc_info=True)
try:
    raise RuntimeError('outer') from ValueError('inner')
except RuntimeError:
    log.critical('chained', exc_info=sys.exc_info())
record = logging.makeLogRecord({'msg': 'cached', 'exc_info': None, 'exc_text': 'PRECOMPUTED'})
print(logging.Formatter('%(message)s').format(record))
# expect: ERROR could not parse 'twelve'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 17, in <module>
# expect:     parse('twelve')
# expect:   File "FILE", line 15, in parse
# expect:     return int(text)
# expect:            ^^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'twelve'
# expect: ERROR lookup failed
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     {}['missing']
# expect:     ~~^^^^^^^^^^^
# expect: KeyError: 'missing'
# expect: WARNING exception given
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     {}['missing']
# expect:     ~~^^^^^^^^^^^
# expect: KeyError: 'missing'
# expect: CRITICAL chained
# expect: ValueError: inner
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 28, in <module>
# expect:     raise RuntimeError('outer') from ValueError('inner')
# expect: RuntimeError: outer
# expect: cached
# expect: PRECOMPUTED
