# filterwarnings matches a message regex (case-insensitive, from the start), a category and a module.
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.filterwarnings('always', category=RuntimeWarning)
    warnings.filterwarnings('ignore', message='.*quiet', category=RuntimeWarning)
    warnings.warn('keep me')
    warnings.warn('KEEP me too')
    warnings.warn('do not keep')
    warnings.warn('runtime ok', RuntimeWarning)
    warnings.warn('runtime quiet', RuntimeWarning)
    warnings.filterwarnings('always', module='__main__', category=SyntaxWarning)
    warnings.filterwarnings('ignore', module='elsewhere', category=SyntaxWarning)
    warnings.warn('syntax from main', SyntaxWarning)
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('always', append=True)
    warnings.simplefilter('error', UserWarning)
    warnings.simplefilter('always', append=True)
    warnings.simplefilter('error', UserWarning)
    warnings.simplefilter('ignore', lineno=3)
    print(warnings.filters)
    warnings.filterwarnings('error', 'msg', FutureWarning, 'mod', 7)
    action, message, category, module, lineno = warnings.filters[0]
    print(action, message.pattern, message.flags & 2, category, module.pattern, lineno)
print(len(warnings.filters))
# expect: ['keep me', 'KEEP me too', 'runtime ok', 'syntax from main']
# expect: []
# expect: [('ignore', None, <class 'Warning'>, None, 3), ('error', None, <class 'UserWarning'>, None, 0), ('always', None, <class 'Warning'>, None, 0)]
# expect: error msg 2 <class 'FutureWarning'> mod 7
# expect: 5
