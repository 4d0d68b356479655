# With no handlers anywhere, a WARNING or worse goes to stderr as the bare message.
import logging
log = logging.getLogger('quiet.module')
log.info('not shown')
log.warning('last resort says %s', 'this')
log.error('and this')
print('stdout untouched')
logging.lastResort = None
log.warning('nobody hears this')
log.warning('nor this')
# expect: stdout untouched
# expect error: last resort says this
# expect error: and this
# expect error: No handlers could be found for logger "quiet.module"
# expect no error: nobody hears this
# expect exit: 0
