# traceback.format_stack, extract_stack and walk_stack list the running frames, outermost first, through decorators, partial, except blocks, methods and closures
import traceback, sys, functools

def show():
    for line in traceback.format_stack():
        print(line.replace(__file__, "FILE"), end="")
    print("--")

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def decorated(a, b=2):
    show()

decorated(1)

def partial_target(a, b):
    print("".join(traceback.format_stack(limit=2)).replace(__file__, "FILE"), end="")
functools.partial(partial_target, 1)(2)

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        print("".join(traceback.format_stack()).replace(__file__, "FILE"), end="")
    finally:
        print(traceback.extract_stack()[-1].name, traceback.extract_stack()[-1].lineno)
handler()

class K:
    def method(self):
        return [fs.name for fs in traceback.extract_stack()]
    @classmethod
    def cm(cls):
        return [fs.name for fs in traceback.extract_stack()]
    @staticmethod
    def sm():
        return [fs.name for fs in traceback.extract_stack()]
print(K().method(), K.cm(), K.sm())

def closure():
    x = 1
    def inner():
        return x, traceback.extract_stack(limit=3)
    return inner()
x, st = closure()
for fs in st:
    print(fs.filename.endswith("traceback_stack_of_running_frames.py"), fs.lineno, fs.name, fs.line)

summary = traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)
print(len(summary))
print([(n, l) for n, l in [(f.f_code.co_name, l) for f, l in traceback.walk_stack(sys._getframe())]])
# expect:   File "FILE", line 19, in <module>
# expect:     decorated(1)
# expect:   File "FILE", line 12, in wrapper
# expect:     return fn(*args, **kwargs)
# expect:   File "FILE", line 17, in decorated
# expect:     show()
# expect:   File "FILE", line 5, in show
# expect:     for line in traceback.format_stack():
# expect: --
# expect:   File "FILE", line 23, in <module>
# expect:     functools.partial(partial_target, 1)(2)
# expect:   File "FILE", line 22, in partial_target
# expect:     print("".join(traceback.format_stack(limit=2)).replace(__file__, "FILE"), end="")
# expect:   File "FILE", line 32, in <module>
# expect:     handler()
# expect:   File "FILE", line 29, in handler
# expect:     print("".join(traceback.format_stack()).replace(__file__, "FILE"), end="")
# expect: handler 31
# expect: ['<module>', 'method'] ['<module>', 'cm'] ['<module>', 'sm']
# expect: True 50 <module> x, st = closure()
# expect: True 49 closure return inner()
# expect: True 48 inner return x, traceback.extract_stack(limit=3)
# expect: 1
# expect: [('<module>', 56)]
