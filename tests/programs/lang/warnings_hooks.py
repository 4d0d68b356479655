# showwarning and formatwarning can be replaced; output goes where the hooks send it.
import warnings, sys, io
def show(message, category, filename, lineno, file=None, line=None):
    print('shown:', category.__name__, message, type(message).__name__, file, line)
warnings.simplefilter('always')
original = warnings.showwarning
warnings.showwarning = show
warnings.warn('first')
warnings.warn('second', RuntimeWarning)
warnings.showwarning = original
def fmt(message, category, filename, lineno, line=None):
    return '[%s] %s\n' % (category.__name__, message)
warnings.formatwarning = fmt
saved = sys.stderr
sys.stderr = io.StringIO()
warnings.warn('formatted by hook')
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))
out = io.StringIO()
warnings.showwarning('explicit', UserWarning, 'f.py', 3, out)
print(repr(out.getvalue()))
warnings.showwarning = 'not callable'
try:
    warnings.warn('boom')
except TypeError as e:
    print('TypeError:', e)
# expect: shown: UserWarning first UserWarning None None
# expect: shown: RuntimeWarning second RuntimeWarning None None
# expect: '[UserWarning] formatted by hook\n'
# expect: '[UserWarning] explicit\n'
# expect: TypeError: warnings.showwarning() must be set to a function or method
