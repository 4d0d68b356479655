# catch_warnings(record=True) collects WarningMessage objects instead of printing.
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain message')
    warnings.warn('deprecated', DeprecationWarning)
    warnings.warn('runtime', category=RuntimeWarning)
    warnings.warn(FutureWarning('an instance'))
    warnings.warn(UserWarning('instance wins'), DeprecationWarning)
    warnings.warn(42)
print(len(log))
for w in log:
    print(w.category.__name__, repr(str(w.message)), type(w.message).__name__, w.message.args, w.file, w.line, w.source)
print(isinstance(log[0], warnings.WarningMessage))
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
# expect: 6
# expect: UserWarning 'plain message' UserWarning ('plain message',) None None None
# expect: DeprecationWarning 'deprecated' DeprecationWarning ('deprecated',) None None None
# expect: RuntimeWarning 'runtime' RuntimeWarning ('runtime',) None None None
# expect: FutureWarning 'an instance' FutureWarning ('an instance',) None None None
# expect: UserWarning 'instance wins' UserWarning ('instance wins',) None None None
# expect: UserWarning '42' UserWarning (42,) None None None
# expect: True
# expect: catch_warnings(record=True) catch_warnings()
