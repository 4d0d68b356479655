# graphlib: TopologicalSorter's order, get_ready/done protocol, cycle reports and misuse errors.
from graphlib import TopologicalSorter, CycleError
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
ts = TopologicalSorter(graph)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(5)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
print(bool(ts))
try:
    TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]}).prepare()
except CycleError as e:
    print("CycleError", e.args, isinstance(e, ValueError))
try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["b"]}).static_order())
except CycleError as e:
    print("CycleError", e.args[1])
ts = TopologicalSorter({1: [0]})
for call in (lambda: ts.get_ready(), lambda: ts.done(1), lambda: ts.is_active()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for call in (lambda: ts.prepare(), lambda: ts.add(9), lambda: ts.done(1), lambda: ts.done(7)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done(0)
try:
    ts.done(0)
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), TopologicalSorter[int])
# expect: ['A', 'E', 'C', 'B', 'D']
# expect: ready (2, 0, 5)
# expect: ready (1,)
# expect: ready (3,)
# expect: False
# expect: CycleError ('nodes are in a cycle', [1, 3, 2, 1]) True
# expect: CycleError ['b', 'c', 'b']
# expect: ValueError prepare() must be called first
# expect: ValueError prepare() must be called first
# expect: ValueError prepare() must be called first
# expect: ValueError cannot prepare() more than once
# expect: ValueError Nodes cannot be added after a call to prepare()
# expect: ValueError node 1 was not passed out (still not ready)
# expect: ValueError node 7 was not added using add()
# expect: (0,)
# expect: ValueError node 0 was already marked done
# expect: (1,) graphlib.TopologicalSorter[int]
