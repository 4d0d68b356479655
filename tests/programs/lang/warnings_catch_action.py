# catch_warnings(action=...) applies a simplefilter inside the block (3.11).
import warnings
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter('always')
    with warnings.catch_warnings(action='ignore'):
        warnings.warn('hidden')
    with warnings.catch_warnings(action='error', category=RuntimeWarning):
        try:
            warnings.warn('raised', RuntimeWarning)
        except RuntimeWarning as e:
            print('raised:', e)
        warnings.warn('user one still recorded')
    warnings.warn('after')
print([str(w.message) for w in outer])
# expect: raised: raised
# expect: ['user one still recorded', 'after']
