# Deleting or setting an attribute of a builtin object names why it cannot be done; format() of a bool names bool.
for stmt in ["del [].append", "x = []; x.append = 1", "del (1).real", "del (1).x", "del [].nope", "del 'a'.upper", "del {}.keys"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "|", e)
try:
    format(True, "s")
except ValueError as e:
    print(e)
print(format(True, "d"), format(False, ">5"), format(True, ""))
# expect: del [].append | 'list' object attribute 'append' is read-only
# expect: x = []; x.append = 1 | 'list' object attribute 'append' is read-only
# expect: del (1).real | attribute 'real' of 'int' objects is not writable
# expect: del (1).x | 'int' object has no attribute 'x'
# expect: del [].nope | 'list' object has no attribute 'nope'
# expect: del 'a'.upper | 'str' object attribute 'upper' is read-only
# expect: del {}.keys | 'dict' object attribute 'keys' is read-only
# expect: Unknown format code 's' for object of type 'bool'
# expect: 1     0 True
