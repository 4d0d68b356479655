# A function's __closure__ is None or a tuple of cells with cell_contents.
def f():
    x = 1
    return x
print(f.__closure__)
# expect: None
def outer():
    a, b = 10, "s"
    def inner():
        return a, b
    return inner
g = outer()
print(len(g.__closure__), [c.cell_contents for c in g.__closure__])
# expect: 2 [10, 's']
def late():
    def inner():
        return v
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
        # expect: ValueError: Cell is empty
    v = 3
    return c.cell_contents
print(late())
# expect: 3
