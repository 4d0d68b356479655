# An unfiltered warning is written to stderr as 'location: Category: message'.
import warnings
warnings.warn('something looks wrong')
warnings.warn('numbers drift', RuntimeWarning)
print('program continues')
# expect: program continues
# expect error: UserWarning: something looks wrong
# expect error: RuntimeWarning: numbers drift
# expect exit: 0
