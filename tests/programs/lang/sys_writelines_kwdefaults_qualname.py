# sys.stdout.writelines, sys.maxunicode, a function's __kwdefaults__ and a
# builtin's __qualname__ are as in CPython.
import sys
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.writelines(x + "\n" for x in "cd")
def f(x, *, a=1, b): pass
def g(x=2): pass
def h(*args, k=3, **kw): pass
print(f.__kwdefaults__, g.__kwdefaults__, g.__defaults__, f.__defaults__, h.__kwdefaults__)
print(print.__qualname__, len.__qualname__, [].append.__qualname__, "".join.__qualname__, {}.get.__qualname__)
print(sys.maxunicode)
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print("TypeError:", e)
# expect: a
# expect: b
# expect: c
# expect: d
# expect: {'a': 1} None (2,) None {'k': 3}
# expect: print len list.append str.join dict.get
# expect: 1114111
# expect: TypeError: write() argument must be str, not int
