# A message that fails to format is reported on stderr ("--- Logging error ---") and the program goes on.
import logging, sys
log = logging.getLogger('bad')
log.addHandler(logging.StreamHandler(sys.stdout))
log.warning('two placeholders %s %s', 'one argument')
logging.raiseExceptions = False
log.warning('silently dropped %d', 'x')
logging.raiseExceptions = True
log.warning('fine %s', 'again')
# expect: fine again
# expect error: --- Logging error ---
# expect error: TypeError: not enough arguments for format string
# expect error: Message: 'two placeholders %s %s'
# expect error: Arguments: ('one argument',)
# expect no error: silently dropped
# expect exit: 0
