# typing.get_type_hints evaluates string annotations where they were
# written: a class's in its module with the class namespace first, a
# function's in its globals; None stands for NoneType.
from typing import get_type_hints, List, Dict, Optional
import functools


class Node:
    value: "int"
    children: "List[Node]"
    parent: Optional["int"] = None
    tag: None


class Leaf(Node):
    weight: "float"
    alias: "Alias"
    Alias = Dict[str, int]


def f(a: "int", b: List["str"], c: "Optional[Node]" = None) -> "Dict[str, Node]":
    pass


@functools.wraps(f)
def g(*args):
    return f(*args)


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(f))
print(get_type_hints(g) == get_type_hints(f))
print(get_type_hints(lambda: 0), get_type_hints(len))
print(f.__globals__ is globals(), f.__globals__["Node"] is Node)
print(get_type_hints(f, {"int": str, "List": List, "Optional": Optional, "Node": 1, "Dict": Dict}))
try:
    get_type_hints(3)
except TypeError as e:
    print(e)
class Bad:
    x: "Missing"
try:
    get_type_hints(Bad)
except NameError as e:
    print(e)
from typing import Literal, Callable, Union, Tuple
print(List["Node"], Literal["a", 1], Dict["str", "int"])
def h(x: Literal["a", "b"], y: Callable[["int"], "str"], z: Union["int", None], w: "Tuple[int, ...]"): pass
print(get_type_hints(h))
# expect: {'value': <class 'int'>, 'children': typing.List[__main__.Node], 'parent': typing.Optional[int], 'tag': <class 'NoneType'>}
# expect: {'value': <class 'int'>, 'children': typing.List[__main__.Node], 'parent': typing.Optional[int], 'tag': <class 'NoneType'>, 'weight': <class 'float'>, 'alias': typing.Dict[str, int]}
# expect: {'a': <class 'int'>, 'b': typing.List[str], 'c': typing.Optional[__main__.Node], 'return': typing.Dict[str, __main__.Node]}
# expect: True
# expect: {} {}
# expect: True True
# expect: {'a': <class 'str'>, 'b': typing.List[str], 'c': typing.Optional[1], 'return': typing.Dict[str, 1]}
# expect: 3 is not a module, class, method, or function.
# expect: name 'Missing' is not defined
# expect: typing.List[ForwardRef('Node')] typing.Literal['a', 1] typing.Dict[ForwardRef('str'), ForwardRef('int')]
# expect: {'x': typing.Literal['a', 'b'], 'y': typing.Callable[[int], str], 'z': typing.Optional[int], 'w': typing.Tuple[int, ...]}
