# typing.NewType is a class, as in CPython 3.10+: its instances print as module.name, refuse subclassing, and typing.Tuple[()] prints its empty tuple.
import typing
from typing import NewType
UserId = NewType('UserId', int)
print(UserId, repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__, UserId(5), type(UserId))
try:
    class X(UserId): pass
except TypeError as e: print(e)
print(typing.Tuple[()], typing.Tuple[()].__args__)
print(UserId | None)
# expect: __main__.UserId __main__.UserId UserId UserId __main__ <class 'int'> 5 <class 'typing.NewType'>
# expect: Cannot subclass an instance of NewType. Perhaps you were looking for: `X = NewType('X', UserId)`
# expect: typing.Tuple[()] ()
# expect: typing.Optional[__main__.UserId]
