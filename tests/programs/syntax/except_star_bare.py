# except* needs an exception type.
# expect error: SyntaxError: expected one or more exception types
# expect error: line 6
try:
    pass
except*:
    pass
