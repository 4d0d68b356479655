# sys.exit() and sys.exit(None) exit with status 0; finally blocks run.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs")
# expect: in try
# expect: finally runs
print("never")
