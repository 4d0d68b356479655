# The graphlib module: TopologicalSorter, which hands out the nodes of a
# graph of dependencies in an order where each comes after those it
# depends on, in the order CPython's does (nodes in the order they were
# first named, successors in the order they were added).

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of predecessors not yet done, or one of these states.
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    pass


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._node(node).waiting += len(predecessors)
        for pred in predecessors:
            self._node(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.waiting == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for successor in info.successors:
                s = self._nodes[successor]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # A depth-first walk from each node in turn along its successors;
        # meeting a node on the current path closes a cycle.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = []
            position = {}
            pending = []
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    pending.append(iter(self._nodes[node].successors))
                    position[node] = len(path)
                    path.append(node)
                while path:
                    node = next(pending[-1], _END)
                    if node is not _END:
                        break
                    del position[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_END = object()
