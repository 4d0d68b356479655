# basicConfig gives the root logger a formatted StreamHandler once (unless force=True).
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(levelname)-8s|%(name)s|%(message)s')
logging.debug('hidden debug')
logging.info('info %s and %d', 'args', 2)
logging.getLogger('app.db').warning('from a child logger')
logging.basicConfig(format='ignored: %(message)s')
logging.error('still the first format')
print(logging.getLogger().handlers, logging.getLogger().level)
logging.basicConfig(force=True, stream=sys.stdout)
logging.critical('BASIC_FORMAT after force')
logging.log(logging.WARNING, 'via log()')
logging.basicConfig(force=True, stream=sys.stdout, level='DEBUG', format='%(levelno)d %(message)s')
logging.debug('level given as a name')
print(logging.BASIC_FORMAT)
# expect: INFO    |root|info args and 2
# expect: WARNING |app.db|from a child logger
# expect: ERROR   |root|still the first format
# expect: [<StreamHandler <stdout> (NOTSET)>] 20
# expect: CRITICAL:root:BASIC_FORMAT after force
# expect: WARNING:root:via log()
# expect: 10 level given as a name
# expect: %(levelname)s:%(name)s:%(message)s
