# dir(time) and dir(sys) list the names those modules make on first use.
import sys, time
print([n for n in ["gmtime", "strftime", "struct_time", "localtime", "sleep", "time", "monotonic"] if n not in dir(time)])
print([n for n in ["version_info", "float_info", "hash_info", "modules", "path", "argv"] if n not in dir(sys)])
print("__getattr__" in dir(time), "__dir__" in dir(sys), time.gmtime(0).tm_year)
# expect: []
# expect: []
# expect: False False 1970
