# While finally runs for a propagating exception, that exception is the one
# being handled: sys.exc_info() shows it, and what finally raises gets it as context.
import sys

def f():
    try:
        try:
            raise KeyError("k")
        finally:
            print("in finally:", repr(sys.exc_info()[1]))
            raise ValueError("v")
    except ValueError as e:
        print(repr(e), repr(e.__context__))

f()

def loop():
    for i in range(3):
        try:
            raise OSError(i)
        finally:
            if i == 0:
                break
    print("after break", repr(sys.exc_info()[1]))
    try:
        return "swallowed"
    finally:
        pass

print(loop())

def ret():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"

print(ret(), sys.exc_info())

def gen():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError as e:
    print("still", e, e.__context__)
print(sys.exc_info())
# expect: in finally: KeyError('k')
# expect: ValueError('v') KeyError('k')
# expect: after break None
# expect: swallowed
# expect: finally wins (None, None, None)
# expect: ValueError('from finally') GeneratorExit()
# expect: cleanup
# expect: still division by zero None
# expect: (None, None, None)
