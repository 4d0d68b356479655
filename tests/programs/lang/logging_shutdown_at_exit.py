# At exit logging.shutdown flushes and closes every handler, newest first, after the program's own atexit functions.
import logging, sys, atexit
class Stream:
    def __init__(self, name):
        self.name = name
    def write(self, text):
        sys.stdout.write('[%s] %s' % (self.name, text))
    def flush(self):
        print('flush', self.name)
class Closing(logging.StreamHandler):
    def close(self):
        print('close', self.stream.name)
        super().close()
atexit.register(lambda: print('program atexit function'))
first = Closing(Stream('first'))
second = Closing(Stream('second'))
log = logging.getLogger('x')
log.addHandler(first)
log.addHandler(second)
log.warning('hello')
print('end of program')
# expect: [first] hello
# expect: flush first
# expect: [second] hello
# expect: flush second
# expect: end of program
# expect: program atexit function
# expect: flush second
# expect: close second
# expect: flush first
# expect: close first
