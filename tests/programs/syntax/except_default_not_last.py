# A bare except before another handler.
# expect error: SyntaxError: default 'except:' must be last
# expect error: line 6
try:
    pass
except:
    pass
except ValueError:
    pass
