# A submodule can be imported under a name or from its package.
import collections.abc as cabc
from collections import abc
import collections.abc
print(cabc.Mapping, abc is cabc, collections.abc is abc)
print(isinstance({}, abc.Mapping), issubclass(list, cabc.Sequence))
# expect: <class 'collections.abc.Mapping'> True True
# expect: True True
