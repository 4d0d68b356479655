"""Pretty-printing of data structures, as CPython 3.11's pprint module.

`pformat(obj)` gives the repr of `obj` when it fits in the width; else
containers are laid out one item a line, nested containers indented
under their opening bracket, and long strings and bytes split into
implicitly-concatenated pieces.  The layout follows CPython's exactly:
each container kind has a printer (chosen by the `__repr__` its class
uses, so subclasses with their own repr print as their repr), and every
printer is told how many columns the text after it (closing brackets,
a comma) will need on its last line: the `allowance`.
"""

import sys as _sys
import collections as _collections
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts keep their insertion order)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of unorderable types by their type's name
    and then by id, so that sorting mixed keys never fails."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    """Sort key for a (key, value) item."""
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _split_words(line):
    # The pieces r'\S*\s*' finds in `line`: a run of non-space characters
    # and the spaces after it (without the empty match at the end).
    pieces = []
    start = 0
    end = len(line)
    while start < end:
        at = start
        while at < end and not line[at].isspace():
            at += 1
        while at < end and line[at].isspace():
            at += 1
        pieces.append(line[start:at])
        start = at
    return pieces


def _bytes_chunks(data, width, allowance):
    # Reprs of consecutive 4-byte-aligned slices of `data`, each as long as
    # fits in `width` (the last one leaves room for `allowance` too).
    chunks = []
    current = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        candidate = current + piece
        if start == last_start:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = piece
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


class _TextCollector:
    """The stream pformat writes into."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return "".join(self.pieces)


# Types whose repr is always readable and never recursive.
_SCALARS = frozenset({str, bytes, bytearray, float, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent
            Number of spaces to indent for each level of nesting.

        width
            Attempted maximum number of columns in the output.

        depth
            The maximum depth to print out nested structures.

        stream
            The desired output stream.  If omitted (or false), the standard
            output stream available at construction will be used.

        compact
            If true, several items will be combined in one line.

        sort_dicts
            If true, dict keys are sorted.

        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _TextCollector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout -------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        # Writes `object` starting at column `indent`, leaving `allowance`
        # columns free after its last line.
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            printer = _PRINTERS.get(type(object).__repr__)
            if printer is None and _has_generated_dataclass_repr(object):
                printer = PrettyPrinter._pprint_dataclass
            if printer is not None:
                context[key] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        closing = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            closing = '}'
        else:
            # frozenset and set subclasses: Name({...})
            stream.write(cls.__name__ + '({')
            closing = '})'
            indent += len(cls.__name__) + 1
        members = sorted(object, key=_safe_key)
        self._format_items(members, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            # At the top a split string is wrapped in parentheses.
            indent += 1
            allowance += 1
        line_width = last_line_width = self._width - indent
        for number, line in enumerate(lines):
            text = repr(line)
            if number == len(lines) - 1:
                last_line_width -= allowance
            if len(text) <= last_line_width:
                chunks.append(text)
                continue
            # Too long: cut it between words, each chunk as long as fits.
            words = _split_words(line)
            chunk_width = line_width
            current = ''
            for at, word in enumerate(words):
                candidate = current + word
                if at == len(words) - 1 and number == len(lines) - 1:
                    chunk_width -= allowance
                if len(repr(candidate)) > chunk_width:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        for at, chunk in enumerate(chunks):
            if at > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        separator = ''
        for chunk in _bytes_chunks(object, self._width - indent, allowance):
            stream.write(separator)
            stream.write(chunk)
            separator = '\n' + ' ' * indent
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; subclasses say their name.
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for at, mapping in enumerate(object.maps):
            if at == last:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for at, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text)
            stream.write(': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if at == last else 1, context, level)
            if at != last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        items = list(items)
        last = len(items) - 1
        for at, (name, value) in enumerate(items):
            stream.write(name)
            stream.write('=')
            if id(value) in context:
                # As a dataclass's own repr shows a recursive reference.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if at == last else 1, context, level)
            if at != last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        # The items of a list, tuple, set or deque, one a line; with
        # `compact`, as many reprs a line as fit.
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        separator_nl = ',\n' + ' ' * indent
        separator = ''
        room = max_room = self._width - indent + 1
        items = iter(items)
        try:
            upcoming = next(items)
        except StopIteration:
            return
        is_last = False
        while not is_last:
            item = upcoming
            try:
                upcoming = next(items)
            except StopIteration:
                is_last = True
                max_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = max_room
                    if separator:
                        separator = separator_nl
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = separator_nl
            self._format(item, stream, indent, allowance if is_last else 1, context, level)

    # -- one-line reprs -----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive): the repr with nested containers cut
        # at `maxlevels` and recursion shown as a marker.
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, "__repr__", None)

        if issubclass(cls, int) and own_repr == int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(cls, dict) and own_repr == dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                k_text, k_readable, k_recursive = self.format(k, context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (k_text, v_text))
                readable = readable and k_readable and v_readable
                if k_recursive or v_recursive:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive

        if ((issubclass(cls, list) and own_repr == list.__repr__) or
                (issubclass(cls, tuple) and own_repr == tuple.__repr__)):
            if issubclass(cls, list):
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
            del context[key]
            return template % ", ".join(parts), readable, recursive

        text = repr(object)
        return text, bool(text and not text.startswith('<')), False


def _has_generated_dataclass_repr(object):
    # A dataclass instance (not the class) whose repr is the one
    # dataclasses generated: only then is it printed field by field.
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    return bool(params.repr) and getattr(cls.__repr__, '__dataclass_repr__', False)


# The printer for each container kind, by the __repr__ its class uses.
_PRINTERS = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_dict,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_list,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_string,
}
# CPython keeps this table as PrettyPrinter._dispatch, which programs extend.
PrettyPrinter._dispatch = _PRINTERS
