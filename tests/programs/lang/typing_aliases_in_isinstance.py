# Bare typing aliases check against their class in isinstance/issubclass; unions check each member; subscripted generics and Any, Union, ClassVar refuse with CPython's messages.
import typing
from typing import Iterable, Dict, Sequence, Callable, List, Optional, Union, Any, Hashable, Sized, Tuple, Mapping, Iterator, Type, Deque, DefaultDict, Counter
print(isinstance([1], Iterable), isinstance({}, Dict), issubclass(list, Sequence), isinstance(len, Callable))
print(isinstance(5, Iterable), isinstance((1,), Tuple), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(isinstance([], Hashable), isinstance("s", Sized), isinstance(int, Type), isinstance(3, Type))
print(isinstance(3, Optional[int]), isinstance(None, Optional[int]), isinstance("x", Optional[int]))
print(isinstance(3, Union[int, str]), isinstance(3.5, Union[int, str]), issubclass(bool, Union[int, str]))
import collections
print(isinstance(collections.deque(), Deque), isinstance(collections.defaultdict(), DefaultDict), isinstance(collections.Counter(), Counter))
for bad in (Any, Union, Optional, List[int], Dict[str, int], typing.Literal[1], typing.ClassVar):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(int, bad)
    except TypeError as e:
        print("TypeError:", e)
def f(x: typing.Union[int, List[int]]):
    if isinstance(x, List):
        return sum(x)
    return x
print(f(3), f([1, 2]))
# expect: True True True True
# expect: False True True True
# expect: False True True False
# expect: True True False
# expect: True False True
# expect: True True True
# expect: TypeError: typing.Any cannot be used with isinstance()
# expect: TypeError: typing.Union cannot be used with isinstance()
# expect: TypeError: typing.Union cannot be used with issubclass()
# expect: TypeError: typing.Optional cannot be used with isinstance()
# expect: TypeError: typing.Optional cannot be used with issubclass()
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: typing.ClassVar cannot be used with isinstance()
# expect: TypeError: typing.ClassVar cannot be used with issubclass()
# expect: 3 3
