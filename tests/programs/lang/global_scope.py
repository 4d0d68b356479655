# global declarations, shadowing and UnboundLocalError.
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)
# expect: 2
def make():
    global created
    created = "yes"
make()
print(created)
# expect: yes
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
# expect: local global
def reads():
    return x
print(reads())
# expect: global
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
# expect: NameError: name 'undefined_name' is not defined
