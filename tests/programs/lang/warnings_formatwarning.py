# formatwarning and WarningMessage render a warning as CPython does.
import warnings, io
print(repr(warnings.formatwarning('message', UserWarning, 'file.py', 12)))
print(repr(warnings.formatwarning('message', RuntimeWarning, 'file.py', 12, '   x = 1   ')))
print(repr(warnings.formatwarning(ValueError('odd'), DeprecationWarning, 'f', 'L', '')))
w = warnings.WarningMessage('msg', UserWarning, 'f.py', 3)
print(w)
print(warnings.WarningMessage(RuntimeWarning('r'), RuntimeWarning, 'g.py', 4, None, 'src'))
print(warnings.WarningMessage('m', None, 'h.py', 1)._category_name)
buf = io.StringIO()
warnings.showwarning('to a buffer', FutureWarning, 'mod.py', 99, buf, 'call()')
print(repr(buf.getvalue()))
# expect: 'file.py:12: UserWarning: message\n'
# expect: 'file.py:12: RuntimeWarning: message\n  x = 1\n'
# expect: 'f:L: DeprecationWarning: odd\n'
# expect: {message : 'msg', category : 'UserWarning', filename : 'f.py', lineno : 3, line : None}
# expect: {message : RuntimeWarning('r'), category : 'RuntimeWarning', filename : 'g.py', lineno : 4, line : 'src'}
# expect: None
# expect: 'mod.py:99: FutureWarning: to a buffer\n  call()\n'
