# setLoggerClass makes getLogger build loggers of a subclass.
import logging, sys
class AppLogger(logging.Logger):
    def trace(self, msg, *args):
        self.log(5, msg, *args)
logging.setLoggerClass(AppLogger)
log = logging.getLogger('custom.app')
print(type(log).__name__, logging.getLoggerClass().__name__, type(logging.getLogger('custom')).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('plain')).__name__)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError:', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError:', e)
logging.addLevelName(5, 'TRACE')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
log.addHandler(handler)
log.setLevel(1)
log.trace('tracing %s', 'enabled')
print(log)
# expect: AppLogger AppLogger AppLogger
# expect: Logger
# expect: TypeError: logger not derived from logging.Logger: dict
# expect: TypeError: A logger name must be a string
# expect: TRACE custom.app tracing enabled
# expect: <AppLogger custom.app (Level 1)>
