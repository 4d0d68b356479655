# A running frame's f_code is its function's __code__, which every function one def makes shares, as gi_code does
import sys, inspect
def f():
    return sys._getframe()
fr = f()
print(fr.f_code is f.__code__, fr.f_code.co_firstlineno)
def mk():
    def inner():
        return sys._getframe().f_code
    return inner
a, b = mk(), mk()
print(a.__code__ is b.__code__, a() is a.__code__)
def g():
    yield 1
gen = g()
print(gen.gi_frame.f_code is gen.gi_code is g.__code__)
print(sys._getframe().f_code.co_name, sys._getframe().f_code.co_filename == __file__)
# expect: True 3
# expect: True True
# expect: True
# expect: <module> True
