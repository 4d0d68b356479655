# The 'error' action raises the warning as an exception; 'ignore' drops it.
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for category in (UserWarning, RuntimeWarning, DeprecationWarning):
        try:
            warnings.warn('turned into an error', category)
        except Warning as e:
            print('caught', type(e).__name__, e, e.args)
    warnings.simplefilter('ignore', RuntimeWarning)
    warnings.warn('ignored', RuntimeWarning)
    try:
        warnings.warn('still an error')
    except UserWarning as e:
        print('caught', e)
    inst = UserWarning('the same object')
    try:
        warnings.warn(inst)
    except UserWarning as e:
        print(e is inst)
print('after: filters restored', warnings.filters[0][0])
# expect: caught UserWarning turned into an error ('turned into an error',)
# expect: caught RuntimeWarning turned into an error ('turned into an error',)
# expect: caught DeprecationWarning turned into an error ('turned into an error',)
# expect: caught still an error
# expect: True
# expect: after: filters restored default
