# A handler's failure is reported with the call stack of the logging call, outside logging's own frames
import logging, sys
logging.basicConfig(stream=sys.stdout)
def work():
    logging.warning("bad %d", "x")
work()
print("went on")
# expect: went on
# expect error: --- Logging error ---
# expect error: TypeError: %d format: a real number is required, not str
# expect error: Call stack:
# expect error: logging_error_report_call_stack.py", line 6, in <module>
# expect error:     work()
# expect error: logging_error_report_call_stack.py", line 5, in work
# expect error:     logging.warning("bad %d", "x")
# expect error: Message: 'bad %d'
# expect error: Arguments: ('x',)
# expect exit: 0
