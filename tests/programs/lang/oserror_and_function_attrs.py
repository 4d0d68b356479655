# OSError(errno, msg) picks the errno's subclass and prints [Errno N]; function attributes can be reassigned.
e = OSError(2, "No such file or directory")
print(str(e), e.errno, e.strerror, repr(e))
print(FileNotFoundError(2, "x"))
def deco(f):
    def wrapper(*a):
        return f(*a)
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper
@deco
def hello():
    "greets"
    return 1
print(hello.__name__, hello.__doc__, hello())
for i in range(3):
    pass
print(i)
# expect: [Errno 2] No such file or directory 2 No such file or directory FileNotFoundError(2, 'No such file or directory')
# expect: [Errno 2] x
# expect: hello greets 1
# expect: 2
