# typing.Union: argument order does not count, repeats are dropped, nested
# unions are flattened, and Optional[X] is Union[X, None].
from typing import Union, Optional, List
print(Union[int, str] == Union[str, int], Union[int, int])
print(Union[int, Union[str, float]])
print(Union[int, str, int])
print(Optional[int] == Union[int, None], Union[None, int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == Union[int, float], Union[List[int], List[int]])
print(len({Union[int, str], Union[str, int]}))
# expect: True <class 'int'>
# expect: typing.Union[int, str, float]
# expect: typing.Union[int, str]
# expect: True typing.Optional[int]
# expect: True
# expect: False typing.List[int]
# expect: 1
