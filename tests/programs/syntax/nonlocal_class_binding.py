# nonlocal does not see class attributes.
# expect error: SyntaxError: no binding for nonlocal 'x' found
# expect error: line 7
class C:
    x = 1
    def f(self):
        nonlocal x
