# Signature.bind/bind_partial and BoundArguments (args, kwargs, apply_defaults), with CPython's TypeErrors; Parameter and Signature validation, replace, equality and hashing.
import inspect
P = inspect.Parameter

def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
s = inspect.signature(f)

def attempt(*args, **kwargs):
    try:
        ba = s.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
        return
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print('  defaults:', ba.arguments)

attempt(1, d=4)
attempt(1, 2, 3, 4, 5, d=0, e=1, z=9)
attempt(1, 2, c=7, d=0, b=8)
attempt()
attempt(1)
attempt(a=1, d=2)
attempt(1, 2, 3, c=4, d=5)
attempt(1, d=2, c=3, unknown=4)
print(s.bind_partial(), s.bind_partial(c=1), s.bind_partial(1, 2, 3, 4))

def g(x, y=0, *, z):
    pass
sg = inspect.signature(g)
for args, kwargs in [((1,), {'z': 2}), ((1, 2, 3), {'z': 4}), ((), {'y': 1}), ((1,), {'q': 1, 'z': 0}), ((1,), {'x': 1, 'z': 0})]:
    try:
        print(sg.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
ba = sg.bind_partial(y=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
ba = sg.bind(1, 2, z=3)
ba.arguments['y'] = 20
print(ba.args, ba.kwargs, ba.signature is sg, ba == sg.bind(1, 20, z=3), ba == sg.bind(1, z=3))
print(inspect.signature(lambda a, /, **k: 0).bind(1, a=2))
print(inspect.signature(lambda self, *args, **kwargs: 0).bind(self=1, args=2))

def check(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

check(lambda: P('a', 7))
check(lambda: P('a', P.VAR_POSITIONAL, default=1))
check(lambda: P(3, P.KEYWORD_ONLY))
check(lambda: P('if', P.KEYWORD_ONLY))
check(lambda: repr(P('if', P.POSITIONAL_ONLY)))
check(lambda: P('1a', P.POSITIONAL_ONLY))
check(lambda: repr(P('a', P.KEYWORD_ONLY, default=None, annotation=int)))
check(lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]))
check(lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
check(lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]))
check(lambda: inspect.Signature([P('a', P.KEYWORD_ONLY, default=1), P('b', P.KEYWORD_ONLY)]))
check(lambda: inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY)], return_annotation='r'))
check(lambda: repr(inspect.Signature()))

p = P('a', P.POSITIONAL_OR_KEYWORD, default=2)
print(repr(p.replace(name='b')), repr(p.replace(default=P.empty)), repr(p.replace(kind=P.KEYWORD_ONLY, annotation=list)))
check(lambda: p.replace(kind=P.VAR_POSITIONAL))
print(p == P('a', 1, default=2), p == P('a', 1), hash(p) == hash(P('a', 1, default=2)), p == 'a')
print(s.replace(parameters=list(s.parameters.values())[:3], return_annotation=bool))
print(s.replace() == s, hash(s.replace()) == hash(s),
      inspect.signature(lambda *, x, y: 0) == inspect.signature(lambda *, y, x: 0))
check(lambda: s.parameters.__class__.__name__)
# expect: <BoundArguments (a=1, d=4)> (1,) {'d': 4}
# expect:   defaults: {'a': 1, 'b': 2, 'c': 3, 'args': (), 'd': 4, 'e': 5, 'kw': {}}
# expect: <BoundArguments (a=1, b=2, c=3, args=(4, 5), d=0, e=1, kw={'z': 9})> (1, 2, 3, 4, 5) {'d': 0, 'e': 1, 'z': 9}
# expect:   defaults: {'a': 1, 'b': 2, 'c': 3, 'args': (4, 5), 'd': 0, 'e': 1, 'kw': {'z': 9}}
# expect: <BoundArguments (a=1, b=2, c=7, d=0, kw={'b': 8})> (1, 2, 7) {'d': 0, 'b': 8}
# expect:   defaults: {'a': 1, 'b': 2, 'c': 7, 'args': (), 'd': 0, 'e': 5, 'kw': {'b': 8}}
# expect: TypeError: missing a required argument: 'a'
# expect: TypeError: missing a required argument: 'd'
# expect: TypeError: 'a' parameter is positional only, but was passed as a keyword
# expect: TypeError: multiple values for argument 'c'
# expect: <BoundArguments (a=1, c=3, d=2, kw={'unknown': 4})> (1,) {'c': 3, 'd': 2, 'unknown': 4}
# expect:   defaults: {'a': 1, 'b': 2, 'c': 3, 'args': (), 'd': 2, 'e': 5, 'kw': {'unknown': 4}}
# expect: <BoundArguments ()> <BoundArguments (c=1)> <BoundArguments (a=1, b=2, c=3, args=(4,))>
# expect: <BoundArguments (x=1, z=2)>
# expect: TypeError: too many positional arguments
# expect: TypeError: missing a required argument: 'x'
# expect: TypeError: got an unexpected keyword argument 'q'
# expect: TypeError: multiple values for argument 'x'
# expect: <BoundArguments (y=5)> () {'y': 5}
# expect: <BoundArguments (y=5)>
# expect: (1, 20) {'z': 3} True True False
# expect: <BoundArguments (a=1, k={'a': 2})>
# expect: <BoundArguments (self=1, kwargs={'args': 2})>
# expect: ValueError: value 7 is not a valid Parameter.kind
# expect: ValueError: variadic positional parameters cannot have default values
# expect: TypeError: name must be a str, not a int
# expect: ValueError: 'if' is not a valid parameter name
# expect: <Parameter "if">
# expect: ValueError: '1a' is not a valid parameter name
# expect: <Parameter "a: int = None">
# expect: ValueError: wrong parameter order: keyword-only parameter before positional-only parameter
# expect: ValueError: non-default argument follows default argument
# expect: ValueError: duplicate parameter name: 'a'
# expect: (*, a=1, b)
# expect: (x, /, *, y) -> 'r'
# expect: <Signature ()>
# expect: <Parameter "b=2"> <Parameter "a"> <Parameter "a: list = 2">
# expect: ValueError: variadic positional parameters cannot have default values
# expect: True False True False
# expect: (a, b=2, /, c=3) -> bool
# expect: True True True
# expect: mappingproxy
