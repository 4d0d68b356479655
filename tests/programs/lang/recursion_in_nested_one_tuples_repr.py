# The repr of one-item tuples nested past the recursion limit raises RecursionError, as every container's does.
def nested_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x

deep = nested_tuple(5000)
for name, show in [("repr", repr), ("str", str), ("f-string", lambda v: f"{v}")]:
    try:
        show(deep)
    except RecursionError as e:
        print(name, e)
print(repr(nested_tuple(3)))
# expect: repr maximum recursion depth exceeded while getting the repr of an object
# expect: str maximum recursion depth exceeded while getting the repr of an object
# expect: f-string maximum recursion depth exceeded while getting the repr of an object
# expect: ((((),),),)
