# print writes the arguments before one whose str() raises (CPython
# writes each as it goes); sys.exit takes no keywords, while the exit()
# builtin takes `code`.
import sys
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("a", "b", Bad(), "c")
except ValueError as e:
    print("|", e)
try:
    sys.exit(code=3)
except TypeError as e:
    print(e)
try:
    exit(code=5)
except SystemExit as e:
    print("exit code", e.code)
try:
    quit(7)
except SystemExit as e:
    print("quit code", e.code)
# expect: a b | no str
# expect: sys.exit() takes no keyword arguments
# expect: exit code 5
# expect: quit code 7
