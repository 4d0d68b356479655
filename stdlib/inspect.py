# The inspect module of coro: the type predicates, generator and coroutine
# states, getmembers, getdoc and cleandoc, as CPython 3.11 has them.
# Compiled code keeps no source, frame or code objects, so signature(),
# getsource(), currentframe(), stack() and their kin are refused by name.

import types as _types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def _function_of(f):
    # The function behind bound methods and functools.partial objects.
    from functools import partial
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, partial):
            f = f.func
        else:
            return f


def _makes(f, kind):
    f = _function_of(f)
    return isfunction(f) and f._generator_kind == kind


def isgeneratorfunction(obj):
    return _makes(obj, 'generator')


def iscoroutinefunction(obj):
    return _makes(obj, 'coroutine')


def isasyncgenfunction(obj):
    return _makes(obj, 'async generator')


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, _types.CoroutineType)
            or isinstance(object, _types._GeneratorWrapper)
            or hasattr(type(object), '__await__'))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def istraceback(object):
    return type(object).__name__ == 'traceback' and type(object).__module__ == 'builtins'


def isframe(object):
    return type(object).__name__ == 'frame' and type(object).__module__ == 'builtins'


def iscode(object):
    return type(object).__name__ == 'code' and type(object).__module__ == 'builtins'


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _finished(gen, frame_name):
    # A finished generator's frame is None (coro refuses the frame of one
    # that is not).
    try:
        return getattr(gen, frame_name) is None
    except AttributeError:
        return False


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if _finished(generator, 'gi_frame'):
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if _finished(coroutine, 'cr_frame'):
        return CORO_CLOSED
    return CORO_CREATED


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def _refused(name, why):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"coro does not support inspect.{name}() ({why})")
    refuse.__name__ = name
    return refuse


for _name in ('signature', 'getfullargspec', 'getcallargs'):
    globals()[_name] = _refused(_name, "functions keep no parameter objects")
for _name in ('getsource', 'getsourcelines', 'getsourcefile', 'getfile', 'getcomments', 'getmodule'):
    globals()[_name] = _refused(_name, "compiled code keeps no source locations")
for _name in ('currentframe', 'stack', 'trace', 'getframeinfo', 'getouterframes', 'getinnerframes',
              'getgeneratorlocals', 'getcoroutinelocals'):
    globals()[_name] = _refused(_name, "compiled frames are not frame objects")
del _name
