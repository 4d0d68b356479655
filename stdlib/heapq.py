# The heapq module of coro: CPython's algorithms, so heaps have the same
# layout as there.
# native in CPython: _name heappush heappop heapreplace heappushpop heapify _siftdown _siftup


def _name(v):
    # How CPython names an argument's type in these messages.
    return "None" if v is None else type(v).__name__


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heappush() argument 1 must be list, not %s" % _name(heap))
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not isinstance(heap, list):
        raise TypeError("heappop() argument must be list, not %s" % _name(heap))
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heapreplace() argument 1 must be list, not %s" % _name(heap))
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heappushpop() argument 1 must be list, not %s" % _name(heap))
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError("heapify() argument must be list, not %s" % _name(x))
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    its = [iter(it) for it in iterables]

    def gen():
        # [current value, its key, iterator], in the iterables' order: the
        # first of equal values wins, as in CPython.
        entries = []
        for it in its:
            for v in it:
                entries.append([v, v if key is None else key(v), it])
                break
        while entries:
            best = entries[0]
            for e in entries[1:]:
                if (e[1] > best[1]) if reverse else (e[1] < best[1]):
                    best = e
            yield best[0]
            for v in best[2]:
                best[0] = v
                best[1] = v if key is None else key(v)
                break
            else:
                entries.remove(best)
    return gen()


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
