# A default value is evaluated in the enclosing scope: here, the module.
# expect error: SyntaxError: 'yield' outside function
# expect error: line 4
def f(a=(yield)):
    pass
