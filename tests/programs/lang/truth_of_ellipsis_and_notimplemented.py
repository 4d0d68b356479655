# Ellipsis and NotImplemented are true (NotImplemented with CPython's DeprecationWarning, at the line that asked); None alone is false
class A:
    def __eq__(self, o):
        return NotImplemented
print(bool(...), bool(Ellipsis), "yes" if ... else "no", not ...)
def f():
    return "truthy" if A().__eq__(1) else "falsy"
print(f())
print(bool(NotImplemented), not NotImplemented)
x = [NotImplemented, ..., None]
print([bool(v) for v in x], any(x[2:]), all(x[:2]))
print(A() == A(), A() != A())
# expect: True True yes False
# expect: truthy
# expect: True False
# expect: [True, True, False] False True
# expect: False True
# expect error: truth_of_ellipsis_and_notimplemented.py:7: DeprecationWarning: NotImplemented should not be used in a boolean context
# expect error:   return "truthy" if A().__eq__(1) else "falsy"
# expect error: truth_of_ellipsis_and_notimplemented.py:9: DeprecationWarning: NotImplemented should not be used in a boolean context
# expect error:   print(bool(NotImplemented), not NotImplemented)
# expect error: truth_of_ellipsis_and_notimplemented.py:11: DeprecationWarning: NotImplemented should not be used in a boolean context
# expect error:   print([bool(v) for v in x], any(x[2:]), all(x[:2]))
# expect exit: 0
