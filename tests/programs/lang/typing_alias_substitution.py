# Subscripting a typing alias again replaces its type variables, in the
# order they first appear (nested aliases and Callable's list too).
from typing import (Generic, TypeVar, Dict, List, Tuple, Callable, Optional, Union, Annotated, ParamSpec,
                    Literal)

T = TypeVar("T")
K = TypeVar("K")
P = ParamSpec("P")


class Box(Generic[T]):
    pass


Pair = Tuple[T, T]
print(Box[T][int], Dict[str, T][int], Pair[int], Dict[K, List[T]][str, int], Callable[[T], K][int, str])
print(Optional[T][int], Union[T, K][int, str], Union[T, int][int], List[Tuple[T, K]][str, bytes])
print(Box[T][int].__origin__ is Box, Pair[int].__args__, Tuple[T, ...][str], Annotated[T, "meta"][int])
print(Callable[P, T][[int, str], bool], Dict[T, "Later"][int], List[T][None], Literal["T"], List[Literal[1, T]][str])
for bad in [lambda: Dict[str, int][int], lambda: Pair[int, str], lambda: Dict[K, T][int], lambda: Box[int][str],
            lambda: Annotated[int, "m"][str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
# expect: __main__.Box[int] typing.Dict[str, int] typing.Tuple[int, int] typing.Dict[str, typing.List[int]] typing.Callable[[int], str]
# expect: typing.Optional[int] typing.Union[int, str] <class 'int'> typing.List[typing.Tuple[str, bytes]]
# expect: True (<class 'int'>, <class 'int'>) typing.Tuple[str, ...] typing.Annotated[int, 'meta']
# expect: typing.Callable[[int, str], bool] typing.Dict[int, ForwardRef('Later')] typing.List[NoneType] typing.Literal['T'] typing.List[typing.Literal[1, str]]
# expect: TypeError: typing.Dict[str, int] is not a generic class
# expect: TypeError: Too many arguments for typing.Tuple[~T, ~T]; actual 2, expected 1
# expect: TypeError: Too few arguments for typing.Dict[~K, ~T]; actual 1, expected 2
# expect: TypeError: __main__.Box[int] is not a generic class
# expect: TypeError: typing.Annotated[int, 'm'] is not a generic class
