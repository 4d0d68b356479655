# A NameError for an undefined name carries the name (UnboundLocalError does not, as in 3.11).
try:
    undefined_name
except NameError as e:
    print(e.name, e)
    # expect: undefined_name name 'undefined_name' is not defined
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e.name, e)
    # expect: None cannot access local variable 'x' where it is not associated with a value
e = NameError("custom")
print(e.name)
# expect: None
