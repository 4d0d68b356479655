# The TypeError of an augmented assignment names the operator with its '='.
def attempt(f):
    try:
        f()
    except TypeError as e:
        print(e)
def t1():
    x = []; x -= 1
def t2():
    x = 'a'; x -= 1
def t3():
    x = 1; x += 'a'
def t4():
    x = 'a'; x += 1
def t5():
    x = (1,); x += [1]
def t6():
    x = [1]; x *= 'a'
def t7():
    x = None; x |= 1
def t8():
    x = 2; x **= 'a'
def t9():
    x = {1}; x -= [1]
def t10():
    x = 'a'; x *= 'b'
class P:
    pass
def t11():
    p = P(); p.v = 1; p.v //= 'z'
def t12():
    d = {'k': 'a'}; d['k'] -= 1
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]:
    attempt(f)
# expect: unsupported operand type(s) for -=: 'list' and 'int'
# expect: unsupported operand type(s) for -=: 'str' and 'int'
# expect: unsupported operand type(s) for +=: 'int' and 'str'
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate tuple (not "list") to tuple
# expect: can't multiply sequence by non-int of type 'str'
# expect: unsupported operand type(s) for |=: 'NoneType' and 'int'
# expect: unsupported operand type(s) for **=: 'int' and 'str'
# expect: unsupported operand type(s) for -=: 'set' and 'list'
# expect: can't multiply sequence by non-int of type 'str'
# expect: unsupported operand type(s) for //=: 'int' and 'str'
# expect: unsupported operand type(s) for -=: 'str' and 'int'
