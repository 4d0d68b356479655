# The itertools module of coro, written in the language. Each function
# checks its arguments and takes its iterators when called, as CPython's
# do, then returns a generator that yields what CPython's iterator yields;
# count and repeat are classes, whose reprs show their state; the
# combinatoric ones (product, permutations, combinations...) return
# native iterators (_itertools).
# native in CPython: *

import _itertools


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


class count:
    # A class rather than a generator, as CPython's: its repr shows where
    # it has got to.
    def __init__(self, start=0, step=1):
        for v in (start, step):
            # CPython's PyNumber_Check: an int, float, or a class with
            # __index__, __int__ or __float__.
            if not isinstance(v, (int, float)) and not any(hasattr(type(v), m) for m in ("__index__", "__int__", "__float__")):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._next
        self._next = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._next,)
        return "count(%r, %r)" % (self._next, self._step)


def cycle(iterable):
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element
    return gen()


class repeat:
    # A class rather than a generator, as CPython's: its repr and length
    # hint show how many repeats are left.
    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(_check_int("times", times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left == 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    func = _add if func is None else func

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            # A StopIteration out of a callback ends the iteration, as in
            # CPython's C iterators (here and below).
            try:
                total = func(total, element)
            except StopIteration:
                return
            yield total
    return gen()


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterables):
        return _chain(iterables)


def compress(data, selectors):
    pairs = zip(data, selectors)

    def gen():
        for d, s in pairs:
            if s:
                yield d
    return gen()


def dropwhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            try:
                drop = predicate(x)
            except StopIteration:
                return
            if not drop:
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            try:
                take = predicate(x)
            except StopIteration:
                return
            if take:
                yield x
            else:
                break
    return gen()


def filterfalse(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            try:
                keep = bool(x) if predicate is None else predicate(x)
            except StopIteration:
                return
            if not keep:
                yield x
    return gen()


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            # A group left behind by the groupby's advance stays empty.
            if self._id is not id:
                return
            try:
                self._currvalue = next(self._it)
                self._currkey = self._keyfunc(self._currvalue)
            except StopIteration:
                return


def _islice_index(value, default, message):
    # None or an int through __index__ (PyNumber_AsSsize_t); anything else
    # is the ValueError of the argument.
    if value is None:
        return default
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise ValueError(message)
    return index(value)


def islice(iterable, *args):
    s = slice(*args)
    stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    start_message = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    step_message = "Step for islice() must be a positive integer or None."
    stop = _islice_index(s.stop, None, stop_message)
    if stop is not None and stop < 0:
        raise ValueError(stop_message)
    start = _islice_index(s.start, 0, start_message)
    if start < 0:
        raise ValueError(start_message)
    step = _islice_index(s.step, 1, step_message)
    if step <= 0:
        raise ValueError(step_message)
    it = iter(iterable)

    def gen():
        nexti = start
        i = 0
        if stop is not None and stop <= start:
            for _ in zip(range(stop), it):
                pass
            return
        for element in it:
            if i == nexti:
                yield element
                nexti += step
            i += 1
            if stop is not None and i >= stop:
                return
    return gen()


def starmap(function, iterable):
    it = iter(iterable)

    def gen():
        for args in it:
            try:
                value = function(*args)
            except StopIteration:
                return
            yield value
    return gen()


def tee(iterable, n=2):
    _check_int("n", n)
    if n < 0:
        raise ValueError("n must be >= 0")
    from _collections import deque
    it = iter(iterable)
    # What each copy has still to give (a deque: a copy that lags far
    # behind pops from the front).
    buffers = [deque() for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.popleft()
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(it) for it in iterables]

    def gen():
        active = len(its)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(its):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


def product(*iterables, repeat=1):
    _check_int("repeat", repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _itertools.product(tuple(tuple(pool) for pool in iterables) * repeat)


def _pool(iterable, r):
    # The items, taken now, and a checked r (None: all of them).
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_int("r", r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, len(pool), r


_missing = object()


def _required(func, name, pos, value):
    # A missing argument, worded as CPython's builtins word it.
    if value is _missing:
        raise TypeError(f"{func}() missing required argument '{name}' (pos {pos})")


def permutations(iterable=_missing, r=None):
    _required("permutations", "iterable", 1, iterable)
    pool, n, r = _pool(iterable, r)
    return _itertools.permutations(pool, r)


def combinations(iterable=_missing, r=_missing):
    _required("combinations", "iterable", 1, iterable)
    _required("combinations", "r", 2, r)
    pool, n, r = _pool(iterable, _check_int("r", r))
    return _itertools.combinations(pool, r)


def combinations_with_replacement(iterable=_missing, r=_missing):
    _required("combinations_with_replacement", "iterable", 1, iterable)
    _required("combinations_with_replacement", "r", 2, r)
    pool, n, r = _pool(iterable, _check_int("r", r))
    return _itertools.combinations_with_replacement(pool, r)


def pairwise(iterable):
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()
