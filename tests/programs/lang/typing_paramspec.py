# typing.ParamSpec (P.args, P.kwargs), Concatenate, TypeVarTuple with
# Unpack, and Callable written with them.
from typing import (Callable, Concatenate, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVar, TypeVarTuple,
                    Unpack, Tuple, Generic, get_args, get_origin, get_type_hints)
import typing

P = ParamSpec("P")
Q = ParamSpec("Q", bound=int, covariant=True)
R = TypeVar("R")
Ts = TypeVarTuple("Ts")
print(P, Q, repr(P), P.__name__, P.__bound__, Q.__bound__, P.__covariant__, Q.__covariant__, P.__contravariant__)
print(ParamSpec("C", contravariant=True), type(P).__name__, type(P).__module__)
print(P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__, P.args.__origin__ is P)
print(P.args == P.args, P.args == ParamSpecArgs(P), P.args == Q.args, P.kwargs == ParamSpecKwargs(P), P.args == P.kwargs)
print(get_origin(P.args) is P, get_origin(P.kwargs) is P, get_origin(P), get_args(P.args))
try:
    hash(P.args)
except TypeError as e:
    print("TypeError:", e)
C1 = Callable[P, R]
C2 = Callable[Concatenate[int, P], R]
C3 = Concatenate[str, int, ...]
print(C1, C2, C3, Concatenate)
print(get_args(C1), get_args(C2), get_origin(Concatenate[int, P]) is Concatenate, get_args(Concatenate[int, P]))
for bad in [lambda: Concatenate[()], lambda: Concatenate[int], lambda: Concatenate[int, str], lambda: Unpack[int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(Ts, repr(Ts), Ts.__name__, Unpack[Ts], list(Ts), get_origin(Unpack[Ts]) is Unpack, get_args(Unpack[Ts]))
print(Tuple[Unpack[Ts]], get_args(Tuple[int, Unpack[Ts]]), Unpack[Ts] == Unpack[Ts], Unpack)


def decorator(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner


@decorator
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1), add(1, b=5), get_type_hints(decorator))
print(decorator.__annotations__["f"], typing.ParamSpecArgs, typing.ParamSpecKwargs)
print(P | int, int | P, typing.Optional[P])
# expect: ~P +Q ~P P None <class 'int'> False True False
# expect: -C ParamSpec typing
# expect: P.args P.kwargs ParamSpecArgs ParamSpecKwargs True
# expect: True True False True False
# expect: True True None ()
# expect: TypeError: unhashable type: 'ParamSpecArgs'
# expect: typing.Callable[~P, ~R] typing.Callable[typing.Concatenate[int, ~P], ~R] typing.Concatenate[str, int, ...] typing.Concatenate
# expect: (~P, ~R) (typing.Concatenate[int, ~P], ~R) True (<class 'int'>, ~P)
# expect: TypeError: Cannot take a Concatenate of no types.
# expect: TypeError: The last parameter to Concatenate should be a ParamSpec variable or ellipsis.
# expect: TypeError: The last parameter to Concatenate should be a ParamSpec variable or ellipsis.
# expect: TypeError: typing.Unpack accepts only single type. Got (<class 'int'>, <class 'str'>).
# expect: Ts Ts Ts *Ts [*Ts] True (Ts,)
# expect: typing.Tuple[*Ts] (<class 'int'>, *Ts) True typing.Unpack
# expect: 3 6 {'f': typing.Callable[~P, ~R], 'return': typing.Callable[~P, ~R]}
# expect: typing.Callable[~P, ~R] <class 'typing.ParamSpecArgs'> <class 'typing.ParamSpecKwargs'>
# expect: typing.Union[~P, int] typing.Union[int, ~P] typing.Optional[~P]
