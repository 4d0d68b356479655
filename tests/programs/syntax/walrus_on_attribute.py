# The walrus operator binds only names.
# expect error: SyntaxError: cannot use assignment expressions with attribute
# expect error: line 5
class C: pass
(C.x := 1)
