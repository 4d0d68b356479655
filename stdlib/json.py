# The json module of coro, written in the language: dumps/dump and
# loads/load with CPython's output (separators, indent, escapes, float
# reprs) and CPython's errors (JSONDecodeError with its line and column).
# The encoder and decoder classes take the arguments their functions do.

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape(s, ensure_ascii):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                # A character past the BMP as its UTF-16 surrogate pair.
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _escape(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        out = []
        try:
            self._encode(o, out, {} if self.check_circular else None, indent, 0)
        except RecursionError as e:
            _name_recursion(e, " while encoding a JSON object")
            raise
        return out

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == -float("inf"):
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _key(self, key):
        # Keys are strings in JSON: the scalars are converted, the rest refused.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")

    def _encode(self, o, out, markers, indent, level):
        # (A container is encoded here, not in a helper: each level of
        # nesting is one frame, as each is one recursion in CPython's C
        # encoder.)
        if isinstance(o, str):
            out.append(_escape(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            if not isinstance(o, (list, tuple, dict)):
                self._encode(self.default(o), out, markers, indent, level)
            elif not o:
                out.append("{}" if isinstance(o, dict) else "[]")
            else:
                # With an indent, an item per line.
                is_dict = isinstance(o, dict)
                out.append("{" if is_dict else "[")
                separator = self.item_separator
                inner = level
                if indent is not None:
                    inner += 1
                    newline = "\n" + indent * inner
                    separator += newline
                    out.append(newline)
                first = True
                for item in self._pairs(o) if is_dict else o:
                    if not first:
                        out.append(separator)
                    first = False
                    if is_dict:
                        key, item = item
                        out.append(_escape(key, self.ensure_ascii))
                        out.append(self.key_separator)
                    self._encode(item, out, markers, indent, inner)
                if indent is not None:
                    out.append("\n" + indent * level)
                out.append("}" if is_dict else "]")
            if markers is not None:
                del markers[id(o)]

    def _pairs(self, d):
        # A dict's items with their keys as JSON strings, skipped keys left out.
        pairs = sorted(d.items()) if self.sort_keys else d.items()
        for key, value in pairs:
            key = self._key(key)
            if key is not None:
                yield key, value


def _name_recursion(e, context):
    # CPython's C encoder and scanner say what they were doing.
    if e.args == ("maximum recursion depth exceeded",):
        e.args = ("maximum recursion depth exceeded" + context,)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    # As CPython's, written piece by piece.
    for chunk in (kw.pop("cls", None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(chunk)


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WHITESPACE = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    # The kind of container entered last, for a RecursionError's message.
    _deepest = "object"
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        except RecursionError as e:
            _name_recursion(e, " while decoding a JSON %s from a unicode string" % self._deepest)
            raise

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WHITESPACE:
            i += 1
        return i

    def _value(self, s, i):
        # The value at i (no whitespace before it) and where it ends;
        # StopIteration(i) when there is none.
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{" or ch == "[":
            return self._container(s, i + 1, ch == "{")
        if ch == "n" and s.startswith("null", i):
            return None, i + 4
        if ch == "t" and s.startswith("true", i):
            return True, i + 4
        if ch == "f" and s.startswith("false", i):
            return False, i + 5
        if ch == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if ch == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if ch == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        # CPython's pattern: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            raise StopIteration(i)
        integer_end = j
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            j += 2
            while j < n and "0" <= s[j] <= "9":
                j += 1
        fraction_end = j
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "-+":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                while k < n and "0" <= s[k] <= "9":
                    k += 1
                j = k
        if j == integer_end:
            return self.parse_int(s[i:j]), j
        return self.parse_float(s[i:j]), j

    def _string(self, s, i):
        # The string whose opening quote is just before i.
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc != "u":
                if esc not in _UNESCAPE:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(_UNESCAPE[esc])
                i = j + 2
                continue
            code = self._hex4(s, j + 2, j + 1)
            i = j + 6
            if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
                low = self._hex4(s, i + 2, i + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            chunks.append(chr(code))

    def _hex4(self, s, i, u_at):
        digits = s[i:i + 4]
        if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, u_at)

    def _container(self, s, i, is_object):
        # An object or an array, from just past its opening bracket. A
        # nested container is entered straight from here: one frame a
        # level, as CPython's C scanner recurses once.
        items = []
        closing = "}" if is_object else "]"
        i = self._skip(s, i)
        empty = i < len(s) and s[i] == closing
        while not empty:
            key = None
            if is_object:
                if i >= len(s) or s[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
                key, i = self._string(s, i + 1)
                i = self._skip(s, i)
                if i >= len(s) or s[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = self._skip(s, i + 1)
            try:
                c = s[i] if i < len(s) else ""
                if c == "{" or c == "[":
                    self._deepest = "object" if c == "{" else "array"
                    value, i = self._container(s, i + 1, c == "{")
                else:
                    value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            items.append((key, value) if is_object else value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == closing:
                break
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
        return (self._finish_object(items) if is_object else items), i + 1

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    # As CPython's: only the hooks given reach the decoder class.
    for name, hook in (("object_hook", object_hook), ("object_pairs_hook", object_pairs_hook),
                       ("parse_float", parse_float), ("parse_int", parse_int),
                       ("parse_constant", parse_constant)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
