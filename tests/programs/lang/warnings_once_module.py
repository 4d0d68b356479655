# 'default', 'once', 'module' and 'always' show a warning repeated at one place once, once, once and every time.
import warnings
def run(action):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn('repeated')
            warnings.warn('repeated', RuntimeWarning)
            warnings.warn('message %d' % (i % 2))
    print(action, [(w.category.__name__, str(w.message)) for w in log])
for action in ('default', 'once', 'module', 'always'):
    run(action)
# expect: default [('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 0'), ('UserWarning', 'message 1')]
# expect: once [('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 0'), ('UserWarning', 'message 1')]
# expect: module [('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 0'), ('UserWarning', 'message 1')]
# expect: always [('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 0'), ('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 1'), ('UserWarning', 'repeated'), ('RuntimeWarning', 'repeated'), ('UserWarning', 'message 0')]
