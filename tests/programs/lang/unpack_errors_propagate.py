class BadIter:
    def __iter__(self):
        return [1, 2]
class Raising:
    def __iter__(self):
        raise ValueError("no iteration today")
def gen():
    yield 1
    raise KeyError("mid-way")
for f in [lambda: [a for a, b in [BadIter()]], lambda: [a for a, b in [Raising()]], lambda: [a for a, *b in [gen()]], lambda: [a for a, b in [5]], lambda: [a for a, *b in [5]],
          lambda: getattr(1, 2), lambda: setattr(object(), 1, 2), lambda: delattr(object(), 1), lambda: hasattr(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a, b = "xy"
c, *d = range(3)
print(a, b, c, d)
# expect: TypeError iter() returned non-iterator of type 'list'
# expect: ValueError no iteration today
# expect: KeyError 'mid-way'
# expect: TypeError cannot unpack non-iterable int object
# expect: TypeError cannot unpack non-iterable int object
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: x y 0 [1, 2]
