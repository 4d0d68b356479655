# A helper module imported by import_module_file.py; run alone it prints its own name.
GREETING = "hello from helper"
def double(x):
    return x * 2
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"
_counter = [0]
def bump():
    _counter[0] += 1
    return _counter[0]
print("helper loaded as", __name__)
# expect: helper loaded as __main__
