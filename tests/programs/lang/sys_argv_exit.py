# sys.argv holds the script path; sys.exit(n) exits with status n.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_exit.py"))
# expect: 1 True
print(type(sys.argv).__name__)
# expect: list
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
# expect: caught SystemExit 5
print("exiting")
# expect: exiting
sys.exit(3)
print("never")
# expect exit: 3
