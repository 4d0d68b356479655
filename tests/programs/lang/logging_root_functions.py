# logging.warning() on an unconfigured root calls basicConfig: BASIC_FORMAT on stderr.
import logging
logging.info('too low')
logging.warning('careful: %d items', 3)
print(len(logging.getLogger().handlers))
# expect: 1
# expect error: WARNING:root:careful: 3 items
# expect no error: too low
# expect exit: 0
