# An uncaught exception is printed to what sys.stderr is at the time.
import sys
class Upper:
    def write(self, text):
        sys.__stderr__.write(text.upper())
    def flush(self):
        pass
sys.stderr = Upper()
raise ValueError("shouted")
# expect error: VALUEERROR: SHOUTED
