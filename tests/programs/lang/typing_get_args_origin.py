# typing.get_origin and typing.get_args for the typing aliases, builtin generics, unions and plain objects.
import typing
from typing import (get_args, get_origin, List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable, Literal,
                    Final, ClassVar, Iterable, Mapping, Sequence, Type, Deque, DefaultDict, Counter, OrderedDict,
                    Generic, Protocol, TypeVar, Any, AbstractSet)
T = TypeVar("T")
class Stack(Generic[T]): pass
cases = [List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Set[int], FrozenSet[str], Optional[int],
         Union[int, str], Union[int, None], Callable[[int, str], bool], Callable[..., int], Callable[[], None],
         Literal[1, "a"], Final[int], ClassVar[List[int]], Iterable[int], Mapping[str, int], Sequence[bytes],
         Type[int], Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int], AbstractSet[int],
         list[int], dict[str, list[int]], tuple[int, ...], int | str, int | None, Stack[int],
         int, str, None, List, Dict, Callable, Iterable, Any, Union, Optional, Generic, Protocol, Literal, T, 3, "x"]
for c in cases:
    print(c, "->", get_origin(c), get_args(c))
print(get_origin(List[int]) is list, get_origin(Union[int, str]) is Union, get_origin(Literal[1]) is Literal)
# expect: typing.List[int] -> <class 'list'> (<class 'int'>,)
# expect: typing.Dict[str, int] -> <class 'dict'> (<class 'str'>, <class 'int'>)
# expect: typing.Tuple[int, ...] -> <class 'tuple'> (<class 'int'>, Ellipsis)
# expect: typing.Tuple[int, str] -> <class 'tuple'> (<class 'int'>, <class 'str'>)
# expect: typing.Set[int] -> <class 'set'> (<class 'int'>,)
# expect: typing.FrozenSet[str] -> <class 'frozenset'> (<class 'str'>,)
# expect: typing.Optional[int] -> typing.Union (<class 'int'>, <class 'NoneType'>)
# expect: typing.Union[int, str] -> typing.Union (<class 'int'>, <class 'str'>)
# expect: typing.Optional[int] -> typing.Union (<class 'int'>, <class 'NoneType'>)
# expect: typing.Callable[[int, str], bool] -> <class 'collections.abc.Callable'> ([<class 'int'>, <class 'str'>], <class 'bool'>)
# expect: typing.Callable[..., int] -> <class 'collections.abc.Callable'> (Ellipsis, <class 'int'>)
# expect: typing.Callable[[], NoneType] -> <class 'collections.abc.Callable'> ([], <class 'NoneType'>)
# expect: typing.Literal[1, 'a'] -> typing.Literal (1, 'a')
# expect: typing.Final[int] -> typing.Final (<class 'int'>,)
# expect: typing.ClassVar[typing.List[int]] -> typing.ClassVar (typing.List[int],)
# expect: typing.Iterable[int] -> <class 'collections.abc.Iterable'> (<class 'int'>,)
# expect: typing.Mapping[str, int] -> <class 'collections.abc.Mapping'> (<class 'str'>, <class 'int'>)
# expect: typing.Sequence[bytes] -> <class 'collections.abc.Sequence'> (<class 'bytes'>,)
# expect: typing.Type[int] -> <class 'type'> (<class 'int'>,)
# expect: typing.Deque[int] -> <class 'collections.deque'> (<class 'int'>,)
# expect: typing.DefaultDict[str, int] -> <class 'collections.defaultdict'> (<class 'str'>, <class 'int'>)
# expect: typing.Counter[str] -> <class 'collections.Counter'> (<class 'str'>,)
# expect: typing.OrderedDict[str, int] -> <class 'collections.OrderedDict'> (<class 'str'>, <class 'int'>)
# expect: typing.AbstractSet[int] -> <class 'collections.abc.Set'> (<class 'int'>,)
# expect: list[int] -> <class 'list'> (<class 'int'>,)
# expect: dict[str, list[int]] -> <class 'dict'> (<class 'str'>, list[int])
# expect: tuple[int, ...] -> <class 'tuple'> (<class 'int'>, Ellipsis)
# expect: int | str -> <class 'types.UnionType'> (<class 'int'>, <class 'str'>)
# expect: int | None -> <class 'types.UnionType'> (<class 'int'>, <class 'NoneType'>)
# expect: __main__.Stack[int] -> <class '__main__.Stack'> (<class 'int'>,)
# expect: <class 'int'> -> None ()
# expect: <class 'str'> -> None ()
# expect: None -> None ()
# expect: typing.List -> <class 'list'> ()
# expect: typing.Dict -> <class 'dict'> ()
# expect: typing.Callable -> <class 'collections.abc.Callable'> ()
# expect: typing.Iterable -> <class 'collections.abc.Iterable'> ()
# expect: typing.Any -> None ()
# expect: typing.Union -> None ()
# expect: typing.Optional -> None ()
# expect: <class 'typing.Generic'> -> <class 'typing.Generic'> ()
# expect: <class 'typing.Protocol'> -> None ()
# expect: typing.Literal -> None ()
# expect: ~T -> None ()
# expect: 3 -> None ()
# expect: x -> None ()
# expect: True True True
