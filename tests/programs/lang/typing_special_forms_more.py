# typing's newer special forms (Self, Never, LiteralString, TypeAlias,
# TypeGuard, Required, NotRequired, Unpack...), the aliases of
# collections.abc / contextlib / re classes, and their errors.
import typing
from typing import (Self, LiteralString, Never, NoReturn, TypeAlias, TypeGuard, Required, NotRequired,
                    KeysView, ItemsView, ValuesView, MappingView, MutableSet, ByteString, ChainMap,
                    ContextManager, AsyncContextManager, Pattern, Match, TypedDict, List, Dict, Optional,
                    get_origin, get_args, get_type_hints, is_typeddict)

for form in [Self, LiteralString, Never, NoReturn, TypeAlias, TypeGuard, Required, NotRequired, KeysView,
             ByteString, ChainMap, ContextManager, Pattern, Match]:
    print(form, get_origin(form))
for alias in [TypeGuard[int], Required[int], NotRequired[List[str]], KeysView[str], ItemsView[int, str],
              ValuesView[float], MappingView[int], MutableSet[bytes], ChainMap[str, int], ContextManager[int],
              AsyncContextManager[None], Pattern[str], Match[bytes]]:
    print(alias, get_origin(alias), get_args(alias))
print(Never is NoReturn, Never == Never, TypeGuard[int] == TypeGuard[int], TypeGuard[int] == TypeGuard[str])
print(hash(Required[int]) == hash(Required[int]), Optional[TypeGuard[int]])

for bad in [lambda: Self[int], lambda: Never[int], lambda: LiteralString[str], lambda: TypeAlias[int],
            lambda: NoReturn[int], lambda: typing.Any[int], lambda: Self(), lambda: Never(),
            lambda: TypeGuard[int, str], lambda: Required[int, str], lambda: NotRequired[()],
            lambda: typing.Final[int, str], lambda: typing.ClassVar[int, str], lambda: ByteString[int],
            lambda: typing.Hashable[int], lambda: Dict[int], lambda: List[int, str], lambda: ChainMap[int],
            lambda: KeysView[int, str], lambda: typing.Union[()], lambda: typing.Callable[int],
            lambda: typing.Generator[int, int]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]


class Partial(TypedDict, total=False):
    name: str
    id: Required[int]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))
print(Movie.__annotations__)
print(get_type_hints(Movie), get_type_hints(Partial, include_extras=True))
print(is_typeddict(Movie), is_typeddict(TypedDict), is_typeddict(dict), is_typeddict(Movie(title="x")))


def check(v: object) -> TypeGuard[int]:
    return isinstance(v, int)


print(get_type_hints(check))
print(typing.assert_type(5, int), typing.assert_type("s", Never))
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
try:
    typing.assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError:", e)


class Shape:
    def scale(self, k: float) -> Self:
        return self


print(get_type_hints(Shape.scale), typing.get_type_hints(Shape.scale)["return"] is Self)
Vector: TypeAlias = "list[float]"
print(__annotations__)
print(typing.T, typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.CT_co, typing.CT_co.__bound__)
# expect: typing.Self None
# expect: typing.LiteralString None
# expect: typing.Never None
# expect: typing.NoReturn None
# expect: typing.TypeAlias None
# expect: typing.TypeGuard None
# expect: typing.Required None
# expect: typing.NotRequired None
# expect: typing.KeysView <class 'collections.abc.KeysView'>
# expect: typing.ByteString <class 'collections.abc.ByteString'>
# expect: typing.ChainMap <class 'collections.ChainMap'>
# expect: typing.ContextManager <class 'contextlib.AbstractContextManager'>
# expect: typing.Pattern <class 're.Pattern'>
# expect: typing.Match <class 're.Match'>
# expect: typing.TypeGuard[int] typing.TypeGuard (<class 'int'>,)
# expect: typing.Required[int] typing.Required (<class 'int'>,)
# expect: typing.NotRequired[typing.List[str]] typing.NotRequired (typing.List[str],)
# expect: typing.KeysView[str] <class 'collections.abc.KeysView'> (<class 'str'>,)
# expect: typing.ItemsView[int, str] <class 'collections.abc.ItemsView'> (<class 'int'>, <class 'str'>)
# expect: typing.ValuesView[float] <class 'collections.abc.ValuesView'> (<class 'float'>,)
# expect: typing.MappingView[int] <class 'collections.abc.MappingView'> (<class 'int'>,)
# expect: typing.MutableSet[bytes] <class 'collections.abc.MutableSet'> (<class 'bytes'>,)
# expect: typing.ChainMap[str, int] <class 'collections.ChainMap'> (<class 'str'>, <class 'int'>)
# expect: typing.ContextManager[int] <class 'contextlib.AbstractContextManager'> (<class 'int'>,)
# expect: typing.AsyncContextManager[NoneType] <class 'contextlib.AbstractAsyncContextManager'> (<class 'NoneType'>,)
# expect: typing.Pattern[str] <class 're.Pattern'> (<class 'str'>,)
# expect: typing.Match[bytes] <class 're.Match'> (<class 'bytes'>,)
# expect: False True True False
# expect: True typing.Optional[typing.TypeGuard[int]]
# expect: TypeError: typing.Self is not subscriptable
# expect: TypeError: typing.Never is not subscriptable
# expect: TypeError: typing.LiteralString is not subscriptable
# expect: TypeError: typing.TypeAlias is not subscriptable
# expect: TypeError: typing.NoReturn is not subscriptable
# expect: TypeError: type 'Any' is not subscriptable
# expect: TypeError: Cannot instantiate typing.Self
# expect: TypeError: Cannot instantiate typing.Never
# expect: TypeError: typing.TypeGuard accepts only single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: Required accepts only a single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: NotRequired accepts only a single type. Got ().
# expect: TypeError: typing.Final accepts only single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: typing.ClassVar accepts only single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: typing.ByteString is not a generic class
# expect: TypeError: typing.Hashable is not a generic class
# expect: TypeError: Too few arguments for typing.Dict; actual 1, expected 2
# expect: TypeError: Too many arguments for typing.List; actual 2, expected 1
# expect: TypeError: Too few arguments for typing.ChainMap; actual 1, expected 2
# expect: TypeError: Too many arguments for typing.KeysView; actual 2, expected 1
# expect: TypeError: Cannot take a Union of no types.
# expect: TypeError: Callable must be used as Callable[[arg, ...], result].
# expect: TypeError: Too few arguments for typing.Generator; actual 2, expected 3
# expect: ['title'] ['year']
# expect: ['id'] ['name']
# expect: {'title': typing.Required[str], 'year': typing.NotRequired[int]}
# expect: {'title': <class 'str'>, 'year': <class 'int'>} {'name': <class 'str'>, 'id': typing.Required[int]}
# expect: True False False False
# expect: {'v': <class 'object'>, 'return': typing.TypeGuard[int]}
# expect: 5 s
# expect: AssertionError: Expected code to be unreachable, but got: 3
# expect: AssertionError: Expected code to be unreachable, but got: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
# expect: {'k': <class 'float'>, 'return': typing.Self} True
# expect: {'Vector': typing.TypeAlias}
# expect: ~T ~KT ~VT +T_co -T_contra +CT_co <class 'type'>
