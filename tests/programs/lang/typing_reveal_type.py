# typing.reveal_type prints the runtime type to stderr and returns its
# argument.
from typing import reveal_type
x = reveal_type(41) + 1
print(x, reveal_type("s"), reveal_type([1]) == [1])
# expect: 42 s True
# expect error: Runtime type is 'int'
# expect error: Runtime type is 'str'
# expect error: Runtime type is 'list'
# expect exit: 0
