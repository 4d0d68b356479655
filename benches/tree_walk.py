# An in-order walk of a 100,000-node binary tree through recursive `yield from`.
class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


tree = build(0, 100000)
count = 0
total = 0
for v in walk(tree):
    count += 1
    total += v
print(count, total)
