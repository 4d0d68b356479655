# The inspect module of coro: the type predicates, generator and coroutine
# states, getmembers, getdoc and cleandoc, and signature(), getfullargspec()
# and getcallargs(), as CPython 3.11 has them.
# The frames of running code come from a walk of the machine stack;
# compiled code keeps no locals or source objects, so getsource() and
# getgeneratorlocals() and their kin are refused by name.

import enum as _enum
import types as _types
from collections import OrderedDict as _OrderedDict, namedtuple as _namedtuple

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



# --- Signatures ---------------------------------------------------------------
# A function's signature is read from what it keeps: __code__'s co_varnames
# (positional parameters, keyword-only ones, then the *args and **kwargs
# names), co_argcount, co_posonlyargcount, co_kwonlyargcount and co_flags,
# and __defaults__, __kwdefaults__ and __annotations__. coro's builtins keep
# no __text_signature__, so they have no signature (CPython's mostly do).

# keyword.kwlist, which coro has no module for.
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))


class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(_enum.IntEnum):
    # Numbered in the order a signature must keep them.
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        # typing's objects show by repr, each dotted name less 'typing.'.
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        # A class's own annotations (not inherited ones), evaluated in its
        # module with its namespace as locals.
        ann = obj.__dict__.get('__annotations__')
        import sys
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, _types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals, obj_locals, unwrapped = obj.__dict__, None, None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals, obj_locals, unwrapped = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        return dict(ann)
    if unwrapped is not None:
        # Strings are evaluated in the globals of the innermost function.
        from functools import partial
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, partial):
                unwrapped = unwrapped.func
            else:
                break
        obj_globals = getattr(unwrapped, '__globals__', obj_globals)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # A comprehension's implicit '.0' argument: positional-only,
            # shown as 'implicit0'.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        # A positional-only parameter may be named by a keyword (as a C
        # function's may).
        if not name.isidentifier() or (name in _KEYWORDS and kind != _POSITIONAL_ONLY):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # 'b=2', but 'b: int = 2' when annotated.
            text += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        return ('*' if self._kind == _VAR_POSITIONAL else
                '**' if self._kind == _VAR_KEYWORD else '') + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        # The leading parameters that have values, up to the first that has
        # none (the rest go by keyword); *args is spread.
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind >= _KEYWORD_ONLY or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        # Whatever args does not take: keyword-only parameters, **kwargs
        # spread, and positional ones after a gap.
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind >= _KEYWORD_ONLY:
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(self.arguments[name])
                else:
                    kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                arguments[name] = self.arguments[name]
            elif param.default is not _empty:
                arguments[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                arguments[name] = {}
        self.arguments = arguments

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({inner})>'


class Signature:
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None and not __validate_parameters__:
            params.update((param.name, param) for param in parameters)
        elif parameters is not None:
            # Kinds may only rise, a positional parameter without a default
            # may not follow one with a default, and names are unique.
            top = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if kind < top:
                    raise ValueError(f'wrong parameter order: {top.description} parameter '
                                     f'before {kind.description} parameter')
                top = kind
                if kind <= _POSITIONAL_OR_KEYWORD:
                    if param.default is not _empty:
                        seen_default = True
                    elif seen_default:
                        raise ValueError('non-default argument follows default argument')
                if param.name in params:
                    raise ValueError(f'duplicate parameter name: {param.name!r}')
                params[param.name] = param
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                          return_annotation=self._return_annotation
                          if return_annotation is _void else return_annotation)

    def _hash_basis(self):
        # Keyword-only parameters compare in any order.
        params = self._parameters.values()
        return (tuple(p for p in params if p.kind != _KEYWORD_ONLY),
                {p.name: p for p in params if p.kind == _KEYWORD_ONLY},
                self._return_annotation)

    def __hash__(self):
        params, kwonly, annotation = self._hash_basis()
        return hash((params, frozenset(kwonly.values()), annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, partial):
        # The same checks, in the same order, as CPython's, so the first
        # error found is the one CPython reports.
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        for at, value in enumerate(args):
            if i == len(params) or params[i].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            param = params[i]
            i += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[at:])
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = value
        else:
            # Out of positional arguments: only the next parameter is checked
            # here (a positional-only one given by keyword is an error even
            # with **kwargs); the rest are filled by keyword below.
            if i < len(params):
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, '
                                        'but was passed as a keyword')
                elif param.kind != _VAR_KEYWORD and param.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {param.name!r}')
        var_keyword = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
            elif param.kind == _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if var_keyword is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[var_keyword.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        parts = []
        slash = False   # positional-only parameters shown, '/' owed
        star = True     # a '*' is owed before a keyword-only parameter
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash = True
            elif slash:
                parts.append('/')
                slash = False
            if kind == _VAR_POSITIONAL:
                star = False
            elif kind == _KEYWORD_ONLY and star:
                parts.append('*')
                star = False
            parts.append(str(param))
        if slash:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _without_first(sig):
    # A bound method's signature: the first parameter (self or cls) is
    # given; a leading *args takes it and stays.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _user_method(cls, name):
    # The method a class has in the language; every builtin one (CPython's
    # slot wrappers and method descriptors too) is builtin_function_or_method
    # in coro.
    meth = getattr(cls, name, None)
    if not isinstance(meth, _types.BuiltinFunctionType):
        return meth


def _partial_signature(sig, part, first=()):
    # What a partial leaves of sig: parameters it fills positionally go,
    # those it fills by keyword keep the value as their default, and one
    # filled by keyword that could have been positional makes itself and all
    # after it keyword-only (a positional argument would now give it twice).
    keywords = part.keywords or {}
    try:
        bound = sig.bind_partial(*first, *(part.args or ()), **keywords).arguments
    except TypeError as e:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from e
    params = []
    keyword_only = False
    for param in sig.parameters.values():
        if param.name in bound:
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if param.name not in keywords:
                    continue
                keyword_only = True
            if param.kind <= _KEYWORD_ONLY and param.kind != _VAR_POSITIONAL:
                param = param.replace(default=bound[param.name])
        if keyword_only:
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def _signature_from_function(sigcls, func, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    ann = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        params.append(Parameter(name, _POSITIONAL_ONLY if i < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD,
                                default=defaults[i - first_default] if i >= first_default else _empty,
                                annotation=ann.get(name, _empty)))
    # The *args and **kwargs names follow the keyword-only ones in
    # co_varnames; in the signature *args comes before them.
    rest = npos + nkw
    if code.co_flags & 0x04:
        params.append(Parameter(names[rest], _VAR_POSITIONAL, annotation=ann.get(names[rest], _empty)))
        rest += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if code.co_flags & 0x08:
        params.append(Parameter(names[rest], _VAR_KEYWORD, annotation=ann.get(names[rest], _empty)))
    return sigcls(params, return_annotation=ann.get('return', _empty), __validate_parameters__=False)


def _signature_of(obj, sigcls, follow_wrapped, skip_bound, globals, locals, eval_str):
    def again(obj):
        return _signature_of(obj, sigcls, follow_wrapped, skip_bound, globals, locals, eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, _types.MethodType):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_bound else sig
    if follow_wrapped:
        # Down the __wrapped__ chain to the end, a __signature__ or a bound
        # method (whose first parameter is then dropped).
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, _types.MethodType))
        if isinstance(obj, _types.MethodType):
            return again(obj)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    from functools import partial, partialmethod
    method = getattr(obj, '_partialmethod', None)
    if isinstance(method, partialmethod):
        # A partialmethod got through the class: a partial whose first
        # argument (self) is still to come, so the first parameter stays.
        wrapped = again(method.func)
        sig = _partial_signature(wrapped, method, (None,))
        first = next(iter(wrapped.parameters.values()))
        if first.kind == _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first, *sig.parameters.values()))
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, globals, locals, eval_str)
    if obj is object:
        # The one builtin whose signature (its __text_signature__ '()') coro
        # knows.
        return sigcls()
    if isinstance(obj, _types.BuiltinFunctionType) or obj is type:
        raise ValueError(f'no signature found for builtin {obj!r}')
    if isinstance(obj, partial):
        return _partial_signature(again(obj.func), obj)
    sig = None
    if isinstance(obj, type):
        # A metaclass's __call__, else the class's own __new__ or __init__,
        # else an inherited one; their first parameter is dropped below.
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory = new
            elif '__init__' in obj.__dict__:
                factory = init
            else:
                factory = new if new is not None else init
            if factory is not None:
                sig = again(factory)
        if sig is None and type not in obj.__mro__:
            # Only builtin __new__ and __init__: object's take nothing, the
            # others have no signature (CPython finds some in the
            # __text_signature__ of a builtin base).
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls()
            raise ValueError(f'no signature found for builtin type {obj!r}')
    else:
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
    if sig is None:
        raise ValueError(f'callable {obj!r} is not supported by signature')
    return _without_first(sig) if skip_bound else sig


# --- getfullargspec, getcallargs -----------------------------------------------

FullArgSpec = _namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


# -------------------------------------------------- frames of running code
# Frames come from a walk of the machine stack (see traceback.py).

Positions = _namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')  # dis.Positions
_Traceback = _namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


_FrameInfo = _namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    import sys
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object."""
    from _traceback import _positions, _source_lines
    if istraceback(frame):
        position = frame._position
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        position = getattr(frame, '_position', 0)
    known = _positions(position) if position else None
    positions = Positions(*known) if known is not None else Positions(lineno, None, None, None)
    lineno = positions.lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        source = _source_lines(filename)
        if source:
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    """Get the line number from a frame object, allowing for optimization."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    import sys
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    import sys
    return getinnerframes(sys.exc_info()[2], context)
del _namedtuple


def getfullargspec(func):
    # The signature with the bound first parameter kept and no __wrapped__
    # followed; None for no defaults, as __defaults__ and __kwdefaults__.
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    defaults = ()
    kwonlyargs = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind <= _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def _name_list(names):
    # "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
    names = [repr(name) for name in names]
    return names[0] if len(names) == 1 else ', '.join(names[:-1]) + ' and ' + names[-1]


def getcallargs(func, /, *positional, **named):
    # The arguments a call would bind, with the messages of an interpreter
    # older than positional-only parameters (these bind as any other).
    args, varargs, varkw, defaults, kwonlyargs, kwdefaults, _ = getfullargspec(func)
    f_name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    defaults = defaults or ()
    given = len(positional)
    bound = dict(zip(args, positional))
    if varargs:
        bound[varargs] = positional[len(args):]
    if varkw:
        bound[varkw] = {}
    for name, value in named.items():
        if name not in args and name not in kwonlyargs:
            if not varkw:
                raise TypeError(f'{f_name}() got an unexpected keyword argument {name!r}')
            bound[varkw][name] = value
        elif name in bound:
            raise TypeError(f'{f_name}() got multiple values for argument {name!r}')
        else:
            bound[name] = value
    if given > len(args) and not varargs:
        required = len(args) - len(defaults)
        kwonly_given = sum(1 for name in kwonlyargs if name in bound)
        if defaults:
            takes = f'from {required} to {len(args)} positional arguments'
        else:
            takes = f"{len(args)} positional argument{'s' if len(args) != 1 else ''}"
        extra = ''
        if kwonly_given:
            extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                     f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
        raise TypeError(f"{f_name}() takes {takes} but {given}{extra} "
                        f"{'was' if given == 1 and not kwonly_given else 'were'} given")
    if given < len(args):
        required = args[:len(args) - len(defaults)]
        missing = [name for name in required if name not in bound]
        if missing:
            raise TypeError(f"{f_name}() missing {len(missing)} required positional "
                            f"argument{'s' if len(missing) != 1 else ''}: {_name_list(missing)}")
        for name, value in zip(args[len(required):], defaults):
            bound.setdefault(name, value)
    missing = []
    for name in kwonlyargs:
        if name not in bound:
            if kwdefaults and name in kwdefaults:
                bound[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError(f"{f_name}() missing {len(missing)} required keyword-only "
                        f"argument{'s' if len(missing) != 1 else ''}: {_name_list(missing)}")
    return bound


def _refused(name, why):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"coro does not support inspect.{name}() ({why})")
    refuse.__name__ = name
    return refuse


for _name in ('getsource', 'getsourcelines', 'getsourcefile', 'getfile', 'getcomments', 'getmodule'):
    globals()[_name] = _refused(_name, "compiled code keeps no source locations")
for _name in ('getgeneratorlocals', 'getcoroutinelocals'):
    globals()[_name] = _refused(_name, "compiled frames keep no locals")
del _name
