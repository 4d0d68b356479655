# A whole program of the kind held-out tests use (gen_scheduler), checked against CPython.
from collections import deque

class SysCall:
    pass

class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks

class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name

class Join(SysCall):
    def __init__(self, name):
        self.name = name

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
        self.results = {}
        self.joiners = {}
        self.trace = []

    def spawn(self, gen, name):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(t for t, *_ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.tick]
                self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
                for _, name, gen in sorted(due, key=lambda s: s[1]):
                    self.ready.append((name, gen, self.tick))
            name, gen, value = self.ready.popleft()
            try:
                call = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.trace.append(f"t{self.tick}: {name} -> {stop.value!r}")
                for jname, jgen in self.joiners.pop(name, []):
                    self.ready.append((jname, jgen, stop.value))
                continue
            except Exception as e:
                self.trace.append(f"t{self.tick}: {name} crashed {e!r}")
                self.results[name] = e
                for jname, jgen in self.joiners.pop(name, []):
                    self.ready.append((jname, jgen, e))
                continue
            if isinstance(call, Sleep):
                self.sleeping.append((self.tick + call.ticks, name, gen))
            elif isinstance(call, Spawn):
                self.spawn(call.gen, call.name)
                self.ready.append((name, gen, call.name))
            elif isinstance(call, Join):
                if call.name in self.results:
                    self.ready.append((name, gen, self.results[call.name]))
                else:
                    self.joiners.setdefault(call.name, []).append((name, gen))
            else:
                self.ready.append((name, gen, call))

def worker(n, delay):
    total = 0
    for i in range(n):
        woke = yield Sleep(delay)
        total += woke
    return total

def faulty():
    yield Sleep(2)
    raise ValueError("faulty worker")

def supervisor():
    a = yield Spawn(worker(3, 2), "A")
    b = yield Spawn(worker(2, 3), "B")
    c = yield Spawn(faulty(), "C")
    echoed = yield "echo me"
    ra = yield Join(a)
    rb = yield Join(b)
    rc = yield Join(c)
    return (echoed, ra, rb, type(rc).__name__)

s = Scheduler()
s.spawn(supervisor(), "super")
s.run()
print("\n".join(s.trace))
# expect: t2: C crashed ValueError('faulty worker')
# expect: t6: A -> 12
# expect: t6: B -> 9
# expect: t6: super -> ('echo me', 12, 9, 'ValueError')
print(s.results["super"], s.tick)
# expect: ('echo me', 12, 9, 'ValueError') 6

def pipeline():
    def source():
        for w in "the quick brown fox jumps over the lazy dog".split():
            yield w
    def upper(it):
        for w in it:
            yield w.upper()
    def window(it, n):
        buf = deque(maxlen=n)
        for w in it:
            buf.append(w)
            if len(buf) == n:
                yield tuple(buf)
    return list(window(upper(source()), 3))
for w in pipeline()[:4]:
    print(w)
    # expect: ('THE', 'QUICK', 'BROWN')
    # expect: ('QUICK', 'BROWN', 'FOX')
    # expect: ('BROWN', 'FOX', 'JUMPS')
    # expect: ('FOX', 'JUMPS', 'OVER')
def accumulate():
    total = 0
    while True:
        cmd = yield total
        if cmd is None:
            return total
        if isinstance(cmd, str):
            raise TypeError(f"bad command {cmd!r}")
        total += cmd
acc = accumulate()
next(acc)
print([acc.send(x) for x in [1, 2, 3]])
# expect: [1, 3, 6]
try:
    acc.send("oops")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: bad command 'oops'
try:
    acc.send(1)
except StopIteration:
    print("generator finished after exception")
    # expect: generator finished after exception
