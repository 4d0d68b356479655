# The default filters: DeprecationWarning shown for __main__, Pending/Import/ResourceWarning ignored.
import warnings
print(warnings.filters)
print(warnings.defaultaction)
with warnings.catch_warnings(record=True) as log:
    for category in (UserWarning, DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                     ResourceWarning, RuntimeWarning, FutureWarning, SyntaxWarning, BytesWarning, UnicodeWarning):
        warnings.warn('a ' + category.__name__, category)
print([w.category.__name__ for w in log])
# expect: [('default', None, <class 'DeprecationWarning'>, '__main__', 0), ('ignore', None, <class 'DeprecationWarning'>, None, 0), ('ignore', None, <class 'PendingDeprecationWarning'>, None, 0), ('ignore', None, <class 'ImportWarning'>, None, 0), ('ignore', None, <class 'ResourceWarning'>, None, 0)]
# expect: default
# expect: ['UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'FutureWarning', 'SyntaxWarning', 'BytesWarning', 'UnicodeWarning']
