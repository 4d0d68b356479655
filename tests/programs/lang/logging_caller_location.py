# A log record knows the file, line, function and module that logged it (stacklevel moves up), and stack_info gives the running frames
import logging, sys

logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(funcName)s %(module)s %(levelname)s %(message)s")
log = logging.getLogger("app")

def handler():
    log.warning("in a function")

class Service:
    def run(self):
        log.error("in a method")

handler()
Service().run()
log.warning("at module level")

def helper(msg):
    log.warning(msg, stacklevel=2)

def caller():
    helper("blamed on the caller")
caller()

class StackPrinter(logging.Handler):
    def emit(self, record):
        print(record.funcName, record.stack_info.replace(__file__, "FILE"))
stacked = logging.getLogger("stacked")
stacked.addHandler(StackPrinter())
stacked.propagate = False
def with_stack():
    stacked.warning("with stack", stack_info=True)
with_stack()

def failing():
    try:
        {}["k"]
    except KeyError:
        log.error("caught")
failing()

record = log.makeRecord("app", logging.INFO, "f.py", 3, "m", (), None, func="fn")
print(record.funcName, record.lineno)

class Capture(logging.Handler):
    def emit(self, record):
        print("captured", record.funcName, record.lineno, record.pathname.endswith("logging_caller_location.py"))
log.addHandler(Capture())
log.propagate = False
def captured():
    log.info("x")
    log.critical("y")
captured()
# expect: logging_caller_location.py:8 handler logging_caller_location WARNING in a function
# expect: logging_caller_location.py:12 run logging_caller_location ERROR in a method
# expect: logging_caller_location.py:16 <module> logging_caller_location WARNING at module level
# expect: logging_caller_location.py:22 caller logging_caller_location WARNING blamed on the caller
# expect: with_stack Stack (most recent call last):
# expect:   File "FILE", line 33, in <module>
# expect:     with_stack()
# expect:   File "FILE", line 32, in with_stack
# expect:     stacked.warning("with stack", stack_info=True)
# expect: logging_caller_location.py:39 failing logging_caller_location ERROR caught
# expect: fn 3
# expect: captured captured 52 True
