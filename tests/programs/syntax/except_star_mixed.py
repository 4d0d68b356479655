# except and except* on the same try.
# expect error: SyntaxError: cannot have both 'except' and 'except*' on the same 'try'
# expect error: line 8
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
