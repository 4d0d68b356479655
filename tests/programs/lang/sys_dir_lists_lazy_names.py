# dir(sys) lists the names sys makes on first use.
import sys
names = dir(sys)
print([n for n in ["version_info", "float_info", "int_info", "hash_info", "flags", "modules", "path", "argv", "exit", "stdout", "maxsize"] if n not in names])
print("__getattr__" in names, "__dir__" in names, names == sorted(names), sys.version_info[:2])
# expect: []
# expect: False False True (3, 11)
