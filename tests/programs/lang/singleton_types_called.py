# Calling the type of None, Ellipsis or NotImplemented gives back the
# one instance; arguments are refused.
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(type(None)(), type(...)(), type(NotImplemented)())
for t in [type(None), type(...), type(NotImplemented)]:
    for call in [lambda: t(1), lambda: t(x=1)]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
# expect: True True True
# expect: None Ellipsis NotImplemented
# expect: TypeError: NoneType takes no arguments
# expect: TypeError: NoneType takes no arguments
# expect: TypeError: EllipsisType takes no arguments
# expect: TypeError: EllipsisType takes no arguments
# expect: TypeError: NotImplementedType takes no arguments
# expect: TypeError: NotImplementedType takes no arguments
