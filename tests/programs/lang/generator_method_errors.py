def g():
    yield 1
async def c():
    pass
co = c()
for f in [lambda: g().send(1, 2), lambda: g().close(1), lambda: co.send(1, 2), lambda: g().__next__(1), lambda: g().throw()]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
co.close()

class C:
    def __enter__(self):
        return self
try:
    with C():
        pass
except TypeError as e:
    print(e)
class D:
    def __exit__(self, *a):
        pass
try:
    with D():
        pass
except TypeError as e:
    print(e)

def h():
    yield 1
    raise StopIteration
try:
    list(h())
except RuntimeError as e:
    print(type(e.__cause__) is StopIteration, e.__suppress_context__, e)
# expect: TypeError generator.send() takes exactly one argument (2 given)
# expect: TypeError generator.close() takes no arguments (1 given)
# expect: TypeError coroutine.send() takes exactly one argument (2 given)
# expect: TypeError expected 0 arguments, got 1
# expect: TypeError throw expected at least 1 argument, got 0
# expect: 'C' object does not support the context manager protocol (missed __exit__ method)
# expect: 'D' object does not support the context manager protocol
# expect: True True generator raised StopIteration
