# Under the 'error' action an uncaught warning ends the program like any exception.
import warnings
warnings.simplefilter('error')
print('before')
warnings.warn('this is fatal', RuntimeWarning)
print('not reached')
# expect: before
# expect error: RuntimeWarning: this is fatal
