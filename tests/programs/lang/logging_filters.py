# Filters on loggers and handlers: Filter by logger name, filter objects and plain callables.
import logging, sys
print([logging.Filter(name).filter(logging.makeLogRecord({'name': 'a.b.c'})) for name in ('', 'a', 'a.b', 'a.b.c', 'a.bc', 'b', 'a.b.c.d')])
print(logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.bc'})))
log = logging.getLogger('app')
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s %(message)s'))
log.addHandler(handler)
class NoSecrets(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()
handler.addFilter(NoSecrets())
log.warning('public message')
log.warning('a secret message')
def tag(record):
    record.msg = '[tagged] ' + record.msg
    return True
log.addFilter(tag)
log.warning('passes the logger filter')
log.removeFilter(tag)
log.warning('no longer tagged')
only_app_db = logging.Filter('app.db')
handler.addFilter(only_app_db)
handler.addFilter(only_app_db)
print(len(handler.filters))
logging.getLogger('app.db').warning('from app.db')
logging.getLogger('app.web').warning('from app.web (filtered)')
log.warning('from app (filtered)')
handler.removeFilter(only_app_db)
log.warning('filter removed')
# expect: [True, True, True, True, False, False, False]
# expect: False
# expect: app public message
# expect: app [tagged] passes the logger filter
# expect: app no longer tagged
# expect: 2
# expect: app.db from app.db
# expect: app filter removed
