# The reprlib module of coro, written in the language: recursive_repr, a
# decorator that makes a __repr__ safe against cycles, and Repr, whose repr
# bounds the size of what it shows (CPython 3.11's limits and output).

"""Redo the builtin repr() (representation) but with limits on most sizes."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        # The objects whose repr this function is making right now. coro
        # runs one thread, so the object's id alone is the key (CPython
        # pairs it with the thread's id).
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        # Copied one by one rather than with functools.wraps, which would
        # make importing reprlib import functools (and CPython sets no
        # __wrapped__ here either).
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _sorted_if_possible(x):
    # Sets and dicts show their items in order when the items compare;
    # any error while sorting leaves them in iteration order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _cut(s, keep, fill):
    # `s` shortened to its first and last characters around `fill`, so that
    # head, tail and a three-character fill make `keep` characters.
    head = max(0, (keep - 3) // 2)
    tail = max(0, keep - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the exact type's name (a subclass of list is shown as
        # any other object); a name with spaces has them turned into `_`.
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        method = 'repr_' + name
        if hasattr(self, method):
            return getattr(self, method)(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        # Imported here: itertools is only needed once a container is shown.
        from itertools import islice
        count = len(x)
        if level <= 0 and count:
            inner = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                pieces.append(self.fillvalue)
            inner = ', '.join(pieces)
            if count == 1 and trail:
                # A one-item tuple keeps its comma.
                right = trail + right
        return '%s%s%s' % (left, inner, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        from itertools import islice
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            shown_key = self.repr1(key, level - 1)
            shown_value = self.repr1(x[key], level - 1)
            pieces.append('%s: %s' % (shown_key, shown_value))
        if count > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (', '.join(pieces),)

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) > limit:
            # The repr of the string's two ends joined, then cut around the
            # fill, so that escapes at either end stay whole where they fit.
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            shown = builtins.repr(x[:head] + x[len(x) - tail:])
            shown = shown[:head] + self.fillvalue + shown[len(shown) - tail:]
        return shown

    def repr_int(self, x, level):
        shown = builtins.repr(x)
        if len(shown) > self.maxlong:
            shown = _cut(shown, self.maxlong, self.fillvalue)
        return shown

    def repr_instance(self, x, level):
        try:
            shown = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gets something shown.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(shown) > self.maxother:
            shown = _cut(shown, self.maxother, self.fillvalue)
        return shown


aRepr = Repr()
repr = aRepr.repr
