# Wrong categories and filter arguments are refused with CPython's messages.
import warnings
for call in (lambda: warnings.warn('x', 'str'), lambda: warnings.warn('x', int), lambda: warnings.warn('x', ValueError)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('error', message=3),
             lambda: warnings.filterwarnings('error', category=int), lambda: warnings.filterwarnings('error', category='x'),
             lambda: warnings.simplefilter('error', lineno=-1), lambda: warnings.filterwarnings('error', module=1)):
    try:
        call()
    except AssertionError as e:
        print('AssertionError:', e)
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    warnings.warn('q')
except RuntimeError as e:
    print('RuntimeError:', e)
del warnings.filters[0]
cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    warnings.catch_warnings(record=True).__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
# expect: TypeError: category must be a Warning subclass, not 'str'
# expect: TypeError: category must be a Warning subclass, not 'type'
# expect: TypeError: category must be a Warning subclass, not 'type'
# expect: AssertionError: invalid action: 'bogus'
# expect: AssertionError: message must be a string
# expect: AssertionError: category must be a Warning subclass
# expect: AssertionError: category must be a class
# expect: AssertionError: lineno must be an int >= 0
# expect: AssertionError: module must be a string
# expect: RuntimeError: Unrecognized action ('bogus') in warnings.filters:
# expect:  ('bogus', None, <class 'Warning'>, None, 0)
# expect: RuntimeError: Cannot enter catch_warnings() twice
# expect: RuntimeError: Cannot exit catch_warnings(record=True) without entering first
