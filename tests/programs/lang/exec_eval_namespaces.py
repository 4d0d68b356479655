# exec, eval and compile: namespaces, the caller's globals and locals, code objects, tracebacks.
counter = 0
exec("def bump(n):\n    global counter\n    counter += n\n    return counter")
print(bump(3), bump(4), counter)
src = """
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
def make(n):
    return [Shape(i, i + 1).area() for i in range(n)]
"""
ns = {}
exec(src, ns)
print(ns["make"](4), sorted(k for k in ns if not k.startswith("__")))
ns["extra"] = 10
exec("def get(): return extra * 2", ns)
print(ns["get"]())
ns["extra"] = 11
print(ns["get"]())
def calc(expr, **env):
    return eval(expr, {"__builtins__": {}}, env)
print(calc("a * b + c", a=2, b=3, c=4))
print(calc("(x > 1) and y", x=2, y="yes"))
ops = ["1 + 2", "3 * (4 - 1)", "2 ** 10", "7 // 2", "'ab' * 3", "[i * i for i in range(5)]", "{'k': 1}['k']"]
for o in ops:
    print(o, "=", eval(o))
print(list(map(eval, ["1+1", "2*3"])))
def outer():
    a = 10
    b = [1, 2]
    try:
        eval("[a * v for v in b]")
    except NameError as e:
        print("comprehensions in eval see no locals:", e)
    return eval("a + sum(b)"), eval("[v * 2 for v in b]"), eval("[a * v for v in b]", {"a": a}, {"b": b})
print(outer())
x = 5
print(eval("x * 2"), eval("x", {"x": 7}), eval("x + y", {"x": 1}, {"y": 2}))
exec("y = x + 1")
print(y)
g = {}
exec("import math\nr = math.sqrt(16)", g)
print(g["r"])
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("caught", e)
try:
    exec("undefined_name")
except NameError as e:
    print("caught", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax", e.msg, e.lineno, e.filename)
def f():
    scope = {}
    exec("zz = 5", globals(), scope)
    return scope["zz"], "zz" in globals()
print(f())
class K:
    exec("attr = 42")
    v = eval("attr + 1")
print(K.attr, K.v)
print(eval("lambda: x")())
code = compile("for i in range(3): total = total + i", "<loop>", "exec")
env = {"total": 100}
exec(code, env)
print(env["total"])
print(dir()[:5])
print(sorted(vars().keys())[:4])
def lo(p, q=2):
    r = p + q
    return locals()
print(lo(1))
exec("print(__name__)")
exec("print(__name__)", {})
exec("raise ValueError(\"from exec\")")
# expect: 3 7 7
# expect: [0, 2, 6, 12] ['Shape', 'make']
# expect: 20
# expect: 22
# expect: 10
# expect: yes
# expect: 1 + 2 = 3
# expect: 3 * (4 - 1) = 9
# expect: 2 ** 10 = 1024
# expect: 7 // 2 = 3
# expect: 'ab' * 3 = ababab
# expect: [i * i for i in range(5)] = [0, 1, 4, 9, 16]
# expect: {'k': 1}['k'] = 1
# expect: [2, 6]
# expect: comprehensions in eval see no locals: name 'a' is not defined
# expect: (13, [2, 4], [10, 20])
# expect: 10 7 3
# expect: 6
# expect: 4.0
# expect: caught division by zero
# expect: caught name 'undefined_name' is not defined
# expect: syntax invalid syntax 1 <string>
# expect: (5, False)
# expect: 42 43
# expect: 5
# expect: 103
# expect: ['K', '__annotations__', '__builtins__', '__cached__', '__doc__']
# expect: ['K', '__annotations__', '__builtins__', '__cached__']
# expect: {'p': 1, 'q': 2, 'r': 3}
# expect: __main__
# expect: builtins
# expect error:   File "<string>", line 1, in <module>
# expect error: ValueError: from exec
