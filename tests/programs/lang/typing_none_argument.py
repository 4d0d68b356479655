# typing: None as an alias argument stands for NoneType (not in Literal); Optional's error.
from typing import *
print(Union[int, str, None], List[None], Dict[str, None], Tuple[None], Callable[[None], None], Optional[None], Union[None, int])
print(get_args(List[None]), get_args(Tuple[None, int]))
print(Literal[None], get_args(Literal[None, 1]), Optional[Union[int, str]], Optional[Optional[int]], Final[None])
T = TypeVar("T")
class S(Generic[T]): pass
print(S[None], get_args(S[None]))
try: Optional[int, str]
except TypeError as e: print(e)
# expect: typing.Union[int, str, NoneType] typing.List[NoneType] typing.Dict[str, NoneType] typing.Tuple[NoneType] typing.Callable[[NoneType], NoneType] <class 'NoneType'> typing.Optional[int]
# expect: (<class 'NoneType'>,) (<class 'NoneType'>, <class 'int'>)
# expect: typing.Literal[None] (None, 1) typing.Union[int, str, NoneType] typing.Optional[int] typing.Final[NoneType]
# expect: __main__.S[NoneType] (<class 'NoneType'>,)
# expect: typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).
