# A builtin's __self__ is the object it is bound to, or for a module's function its module.
import builtins
print([].append.__self__, len.__self__, len.__self__ is builtins, (1).__add__.__self__)
print("abc".upper.__self__, {}.get.__self__ == {})
class C:
    def m(self): pass
print(C().m.__self__.__class__.__name__)
try:
    list.append.__self__
except AttributeError as e:
    print("AttributeError")
# expect: [] <module 'builtins' (built-in)> True 1
# expect: abc True
# expect: C
# expect: AttributeError
