# `from __future__ import annotations` keeps annotations as their source
# text: forward references and names never defined are fine, and
# dataclasses still find their fields.
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, TYPE_CHECKING

if TYPE_CHECKING:
    from nowhere import Missing


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def link(self, other: Node) -> Node:
        self.next = other
        return other

    def find(self, kind: Missing) -> list[Node]:
        return [self]


@dataclass
class Tree:
    root: Node | None = None
    size: int = 0
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0


print(Node(1).link(Node(2)).value, Node(3).find(None)[0].value)
print(Node.__init__.__annotations__)
print(Node.link.__annotations__, Node.find.__annotations__)
print(Tree(), Tree.__annotations__)
from dataclasses import fields
print([f.name for f in fields(Tree)])
x: SomethingUndefined = 5
print(__annotations__, x)
# expect: 2 3
# expect: {'value': 'int', 'next': 'Node | None', 'return': 'None'}
# expect: {'other': 'Node', 'return': 'Node'} {'kind': 'Missing', 'return': 'list[Node]'}
# expect: Tree(root=None, size=0, tags=[]) {'root': 'Node | None', 'size': 'int', 'tags': 'list[str]', 'count': 'ClassVar[int]'}
# expect: ['root', 'size', 'tags']
# expect: {'x': 'SomethingUndefined'} 5
