# typing.Union/Optional equal the X | Y unions with the same members, either way round.
from typing import Optional, Union, List
print((int | None) == Optional[int], Optional[int] == (int | None), (int | str) == Union[int, str], Union[str, int] == (int | str))
print((int | str) == Union[int, bytes], Optional[int] != (int | None), hash(int | None) == hash(Optional[int]))
print(List[int] == (int | None), (int | None) == List[int], {Optional[int]: 1}.get(int | None))
# expect: True True True True
# expect: False False True
# expect: False False 1
