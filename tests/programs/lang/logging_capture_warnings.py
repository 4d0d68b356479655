# captureWarnings(True) sends warnings to the 'py.warnings' logger.
import logging, warnings, sys
class FirstLine(logging.Formatter):
    def format(self, record):
        # The text starts with the warning's location, which is left out here.
        first = record.getMessage().splitlines()[0]
        return '%s %s -> %s' % (record.name, record.levelname, first.split(': ', 1)[1])
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(FirstLine())
logging.getLogger('py.warnings').addHandler(handler)
logging.captureWarnings(True)
warnings.warn('captured by logging')
warnings.warn('runtime one', RuntimeWarning)
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('back to warnings')
print([str(w.message) for w in log])
# expect: py.warnings WARNING -> UserWarning: captured by logging
# expect: py.warnings WARNING -> RuntimeWarning: runtime one
# expect: True
# expect: ['back to warnings']
