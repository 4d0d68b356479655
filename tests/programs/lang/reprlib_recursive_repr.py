# reprlib.recursive_repr: a __repr__ that meets its own object again shows the fill value; the wrapper keeps the function's names and doc.
import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "Show the tree."
        return "Node(%s, %r)" % (self.name, self.children)


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
root.children.append(root)
print(root)
print(child)
print([root, child])
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)


class Tagged:
    @reprlib.recursive_repr(fillvalue="<self>")
    def __repr__(self) -> str:
        return "Tagged(%r)" % (self.value,)


t = Tagged()
t.value = {"me": t, "list": [t]}
print(t, Tagged.__repr__.__annotations__, hasattr(Tagged.__repr__, "__wrapped__"))

# An error inside the repr leaves nothing behind: the next call runs again.
class Failing:
    calls = 0

    @reprlib.recursive_repr()
    def __repr__(self):
        Failing.calls += 1
        raise KeyError("boom")


f = Failing()
for _ in range(2):
    try:
        repr(f)
    except KeyError as e:
        print("KeyError", e, Failing.calls)

# The decorator works on any one-argument function.
show = reprlib.recursive_repr("<loop>")(lambda x: "[" + ", ".join(show(i) if isinstance(i, list) else str(i) for i in x) + "]")
loop = [1, 2]
loop.append(loop)
print(show(loop))
print(show.__name__)
# expect: Node(root, [Node(child, [...]), ...])
# expect: Node(child, [Node(root, [..., ...])])
# expect: [Node(root, [Node(child, [...]), ...]), Node(child, [Node(root, [..., ...])])]
# expect: __repr__ Node.__repr__ Show the tree. __main__
# expect: Tagged({'me': <self>, 'list': [<self>]}) {'return': <class 'str'>} False
# expect: KeyError 'boom' 1
# expect: KeyError 'boom' 2
# expect: [1, 2, <loop>]
# expect: <lambda>
