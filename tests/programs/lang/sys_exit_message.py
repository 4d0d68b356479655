# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("about to exit")
# expect: about to exit
sys.exit("fatal: giving up")
# expect error: fatal: giving up
