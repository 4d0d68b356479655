# A RecursionError raised in repr(), str(), print() or a builtin says where, as CPython's does (and counts those levels as CPython does).
import sys
depth = 0
def run(name, thunk):
    global depth
    depth = 0
    try:
        thunk()
        print(name, "no error")
    except RecursionError as e:
        print(f"{name}: depth {depth} | {e}")

class R1:
    def __repr__(self):
        global depth; depth += 1
        return repr(self)
class R2:
    def __repr__(self):
        global depth; depth += 1
        return f"{self!r}"
class S1:
    def __str__(self):
        global depth; depth += 1
        return str(self)
class S2:
    def __str__(self):
        global depth; depth += 1
        return f"{self}"
class S3:
    def __str__(self):
        global depth; depth += 1
        return "%s" % self
class R3:
    def __repr__(self):
        global depth; depth += 1
        return "%r" % (self,)
class F1:
    def __format__(self, spec):
        global depth; depth += 1
        return format(self, spec)
class L1:
    def __len__(self):
        global depth; depth += 1
        return len(self)
class H1:
    def __hash__(self):
        global depth; depth += 1
        return hash(self)
class E1:
    def __eq__(self, o):
        global depth; depth += 1
        return self == o
class G1:
    def __getattr__(self, n):
        global depth; depth += 1
        return getattr(self, n)
class G2:
    def __getattr__(self, n):
        global depth; depth += 1
        return self.x
class I1:
    def __getitem__(self, i):
        global depth; depth += 1
        return self[i]
class C1:
    def __call__(self):
        global depth; depth += 1
        return self()
class P1:
    @property
    def p(self):
        global depth; depth += 1
        return self.p
class A1:
    def __add__(self, o):
        global depth; depth += 1
        return self + o
class B1:
    def __bool__(self):
        global depth; depth += 1
        return bool(self)
class Init:
    def __init__(self):
        global depth; depth += 1
        Init()
def f(n):
    global depth; depth += 1
    return f(n)
def fm(n):
    global depth; depth += 1
    return max(map(fm, [n]))
def fs(n):
    global depth; depth += 1
    return sorted([n], key=fs)
def fl(n):
    global depth; depth += 1
    return [fl(n) for _ in [1]]
def fg(n):
    global depth; depth += 1
    return list(fg(x) for x in [n])
def flam(n):
    global depth; depth += 1
    return (lambda: flam(n))()
run("plain", lambda: f(0))
run("repr(self)", lambda: repr(R1()))
run("print repr(self)", lambda: print(R1()))
run("f!r", lambda: repr(R2()))
run("f-str", lambda: str(S2()))
run("%s", lambda: str(S3()))
run("%r", lambda: repr(R3()))
run("hash", lambda: hash(H1()))
run("eq", lambda: E1() == 1)
run("max map", lambda: fm(0))
run("listcomp", lambda: fl(0))
import io, contextlib
def quiet(thunk):
    def run2():
        with contextlib.redirect_stdout(io.StringIO()):
            thunk()
    return run2
run("print S2", lambda: print(S2()))
run("print S3", lambda: print(S3()))
run("print R2", lambda: print(R2()))
run("print R3", lambda: print(R3()))
run("fstr S2", lambda: f"{S2()}")
run("fstr R1", lambda: f"{R1()!r}")
run("fstr R2", lambda: f"{R2()}")
run("pct S2", lambda: "%s" % S2())
run("list repr R2", lambda: repr([R2()]))
run("print list R1", lambda: print([R1()]))
run("str list S1", lambda: str([S1()]))
# expect: plain: depth 997 | maximum recursion depth exceeded
# expect: repr(self): depth 332 | maximum recursion depth exceeded while getting the repr of an object
# expect: print repr(self): depth 332 | maximum recursion depth exceeded while getting the repr of an object
# expect: f!r: depth 498 | maximum recursion depth exceeded while getting the repr of an object
# expect: f-str: depth 332 | maximum recursion depth exceeded while getting the str of an object
# expect: %s: depth 498 | maximum recursion depth exceeded while getting the str of an object
# expect: %r: depth 498 | maximum recursion depth exceeded while getting the repr of an object
# expect: hash: depth 498 | maximum recursion depth exceeded
# expect: eq: depth 498 | maximum recursion depth exceeded
# expect: max map: depth 499 | maximum recursion depth exceeded while calling a Python object
# expect: listcomp: depth 499 | maximum recursion depth exceeded
# expect: print S2: depth 332 | maximum recursion depth exceeded while getting the str of an object
# expect: print S3: depth 498 | maximum recursion depth exceeded while getting the str of an object
# expect: print R2: depth 498 | maximum recursion depth exceeded while getting the repr of an object
# expect: print R3: depth 498 | maximum recursion depth exceeded while getting the repr of an object
# expect: fstr S2: depth 332 | maximum recursion depth exceeded while getting the str of an object
# expect: fstr R1: depth 332 | maximum recursion depth exceeded
# expect: fstr R2: depth 498 | maximum recursion depth exceeded while getting the repr of an object
# expect: pct S2: depth 332 | maximum recursion depth exceeded
# expect: list repr R2: depth 497 | maximum recursion depth exceeded
# expect: print list R1: depth 332 | maximum recursion depth exceeded while calling a Python object
# expect: str list S1 no error
