# Logger.warn and logging.warn still log, after a DeprecationWarning.
import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(message)s')
logging.getLogger('old').warn('logged by %s', 'Logger.warn')
logging.warn('logged by logging.warn')
# expect: WARNING logged by Logger.warn
# expect: WARNING logged by logging.warn
# expect error: DeprecationWarning: The 'warn' method is deprecated, use 'warning' instead
# expect error: DeprecationWarning: The 'warn' function is deprecated, use 'warning' instead
# expect exit: 0
