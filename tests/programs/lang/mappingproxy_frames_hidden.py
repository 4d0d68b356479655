# A class's __dict__ is a mappingproxy, C code in CPython: a failed lookup shows no library frame.
import traceback
class A:
    x = 1
try:
    A.__dict__["missing"]
except KeyError as e:
    print("KeyError", [f.name for f in traceback.extract_tb(e.__traceback__)])
print(type(A.__dict__).__getitem__ is not None)
# expect: KeyError ['<module>']
# expect: True
