# A builtin class's method reached through the class prints as CPython's
# method descriptor; bound to an object, as a built-in method.
print(list.append, str.join, dict.get, bytes.hex)
print(repr(set.add).startswith("<method"), [].append.__name__, len)
print(list[int].__origin__.append)
# expect: <method 'append' of 'list' objects> <method 'join' of 'str' objects> <method 'get' of 'dict' objects> <method 'hex' of 'bytes' objects>
# expect: True append <built-in function len>
# expect: <method 'append' of 'list' objects>
