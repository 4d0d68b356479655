# Assigning a class's __name__ or __qualname__ renames it (only to a str).
class A: pass
A.__name__ = "B"
A.__qualname__ = "C.B"
print(A.__name__, A.__qualname__, A, type(A()))
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
def make(n):
    class K: pass
    K.__name__ = n
    return K
print(make("X"), make("Y")().__class__.__name__)
# expect: B C.B <class '__main__.C.B'> <class '__main__.C.B'>
# expect: can only assign string to B.__name__, not 'int'
# expect: <class '__main__.make.<locals>.K'> Y
