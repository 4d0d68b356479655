# A builtin method reached through a subclass, a class __dict__ or super() on a class checks its receiver (it used to take any object as a list).
f = list.__dict__['copy']
try:
    f()
except TypeError as e:
    print(e)
    # expect: unbound method list.copy() needs an argument
try:
    f({})
except TypeError as e:
    print(e)
    # expect: descriptor 'copy' for 'list' objects doesn't apply to a 'dict' object
class Stack(list): pass
try:
    Stack.append(5, 1)
except TypeError as e:
    print(e)
    # expect: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
s = Stack()
Stack.append(s, 3)
print(s, Stack.__getitem__(s, 0), Stack.__len__(s))
# expect: [3] 3 1
try:
    Stack.__getitem__({}, 0)
except TypeError as e:
    print(e)
    # expect: descriptor '__getitem__' for 'list' objects doesn't apply to a 'dict' object
class Stack(list):
    @classmethod
    def f(cls):
        return super().append
try:
    Stack.f()(5, 1)
except TypeError as e:
    print(e)
    # expect: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
