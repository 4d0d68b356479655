# Level names and numbers, custom levels, level checks and logging.disable.
import logging, sys
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
for value in (50, 40, 30, 20, 10, 0, 25, 'INFO', 'WARN', 'nope', None):
    print(repr(value), logging.getLevelName(value))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelNamesMapping()['NOTICE'])
log = logging.getLogger('levels')
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(levelno)s %(message)s'))
log.addHandler(handler)
log.setLevel('DEBUG')
log.log(25, 'a notice')
log.log(5, 'below debug')
log.log(55, 'above critical')
for bad in ('LOUD', 3.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError:', e)
logging.disable(logging.INFO)
log.info('disabled info')
log.warning('warning passes')
print(log.isEnabledFor(logging.INFO), logging.root.manager.disable)
logging.disable()
log.critical('all disabled')
logging.disable(logging.NOTSET)
log.debug('enabled again')
handler.setLevel(logging.ERROR)
log.warning('below the handler level')
log.error('at the handler level')
print(handler)
# expect: 50 50 40 30 30 20 10 0
# expect: 50 CRITICAL
# expect: 40 ERROR
# expect: 30 WARNING
# expect: 20 INFO
# expect: 10 DEBUG
# expect: 0 NOTSET
# expect: 25 Level 25
# expect: 'INFO' 20
# expect: 'WARN' 30
# expect: 'nope' Level nope
# expect: None Level None
# expect: NOTICE 25 25
# expect: NOTICE 25 a notice
# expect: Level 55 55 above critical
# expect: ValueError: Unknown level: 'LOUD'
# expect: TypeError: Level not an integer or a valid string: 3.5
# expect: TypeError: Level not an integer or a valid string: None
# expect: TypeError: level must be an integer
# expect: WARNING 30 warning passes
# expect: False 20
# expect: DEBUG 10 enabled again
# expect: ERROR 40 at the handler level
# expect: <StreamHandler <stdout> (ERROR)>
