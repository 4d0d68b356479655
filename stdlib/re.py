# The re module of coro: Pattern and Match objects, sub templates, split,
# findall and the flags, over the native `_re` (src/modules/re.rs), which
# translates a pattern to fancy-regex syntax and returns match spans in
# code points. str patterns only.

import enum
import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = 256
    IGNORECASE = 2
    LOCALE = 4
    UNICODE = 32
    MULTILINE = 8
    DOTALL = 16
    VERBOSE = 64
    TEMPLATE = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name in ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"):
            bit = _FLAG_VALUES[name]
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


_FLAG_VALUES = {"ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32, "MULTILINE": 8, "DOTALL": 16,
                "VERBOSE": 64, "TEMPLATE": 1, "DEBUG": 128}

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _check_string(string):
    if isinstance(string, str):
        return
    if isinstance(string, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = int(pos)
    endpos = int(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


_FLAG_NAMES = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
               ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256))


class Pattern:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        from types import MappingProxyType
        return MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags & ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        spans = _re.run(self, string, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_string(string)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        # CPython's order: after an empty match the next may not be empty
        # at the same place (it may be a longer match there, or any later).
        pos, endpos = _bounds(string, pos, endpos)
        mode = 0
        while pos <= endpos:
            spans = _re.run(self, string, pos, endpos, mode)
            if spans is None:
                return
            yield _new_match(self, string, pos, endpos, spans)
            mode = 3 if spans[0] == spans[1] else 0
            pos = spans[1]

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return []
        spans = _re.scan(self, string, pos, endpos, 0)
        groups = self.groups
        stride = 2 * (groups + 1)
        if groups == 0:
            return [string[spans[k]:spans[k + 1]] for k in range(0, len(spans), stride)]
        if groups == 1:
            return [string[spans[k + 2]:spans[k + 3]] if spans[k + 2] >= 0 else "" for k in range(0, len(spans), stride)]
        result = []
        for k in range(0, len(spans), stride):
            result.append(tuple(string[spans[j]:spans[j + 1]] if spans[j] >= 0 else ""
                                for j in range(k + 2, k + stride, 2)))
        return result

    def split(self, string, maxsplit=0):
        _check_string(string)
        if maxsplit < 0:
            return [string]
        spans = _re.scan(self, string, 0, len(string), maxsplit)
        stride = 2 * (self.groups + 1)
        result = []
        last = 0
        for k in range(0, len(spans), stride):
            result.append(string[last:spans[k]])
            for j in range(k + 2, k + stride, 2):
                result.append(string[spans[j]:spans[j + 1]] if spans[j] >= 0 else None)
            last = spans[k + 1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        _check_string(string)
        if callable(repl):
            template = None
        else:
            _check_string(repl)
            template = _parse_template(repl, self) if "\\" in repl else [repl]
        if count < 0:
            return string, 0
        spans = _re.scan(self, string, 0, len(string), count)
        stride = 2 * (self.groups + 1)
        pieces = []
        last = 0
        n = 0
        for k in range(0, len(spans), stride):
            b = spans[k]
            if last < b:
                pieces.append(string[last:b])
            if template is None:
                piece = repl(_new_match(self, string, 0, len(string), spans[k:k + stride]))
                if not isinstance(piece, str):
                    raise TypeError("sequence item %d: expected str instance, %s found" % (len(pieces), type(piece).__name__))
                pieces.append(piece)
            elif len(template) == 1 and isinstance(template[0], str):
                pieces.append(template[0])
            else:
                for item in template:
                    if isinstance(item, str):
                        pieces.append(item)
                    elif spans[k + 2 * item] >= 0:
                        pieces.append(string[spans[k + 2 * item]:spans[k + 2 * item + 1]])
            last = spans[k + 1]
            n += 1
        pieces.append(string[last:])
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("coro's re does not support Pattern.scanner")


def _new_pattern(pattern, flags):
    p = object.__new__(Pattern)
    result = _re.compile(p, pattern, flags)
    if isinstance(result[0], str):
        kind, msg, pos = result
        if kind == "error":
            raise error(msg, None if pos is None else pattern, pos)
        if kind == "ValueError":
            raise ValueError(msg)
        if kind == "OverflowError":
            raise OverflowError(msg)
        raise NotImplementedError(msg)
    p.pattern = pattern
    p.groups = result[0]
    p.flags = result[1]
    p._parents = result[2]
    index = {}
    i = 3
    while i < len(result):
        index[result[i]] = result[i + 1]
        i += 2
    p._groupindex = index
    p._names = {v: k for k, v in index.items()}
    return p


class Match:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), "__index__"):
            return self._index(group.__index__())
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the one ending last; of groups ending
        # at the same place, an enclosing group, else the later one.
        best = None
        parents = self.re._parents
        for i in range(1, self.re.groups + 1):
            if self._spans[2 * i] < 0:
                continue
            if best is None or self._spans[2 * i + 1] > self._spans[2 * best + 1]:
                best = i
            elif self._spans[2 * i + 1] == self._spans[2 * best + 1]:
                # i > best: i wins unless best encloses it.
                p = parents[i - 1]
                while p and p != best:
                    p = parents[p - 1]
                if p != best:
                    best = i
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self.re._names.get(index)

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[0], self._spans[1], repr(self._get(0))[:50])


def _new_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    return m


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTDIGITS = "01234567"
_DIGITS = "0123456789"


def _is_ascii_letter(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z")


def _parse_template(template, pattern):
    # CPython's parse_template: a list of literal strs and group numbers.
    _check_string(template)
    items = []
    literal = []
    i = 0
    n = len(template)

    def add_group(index, pos):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, template, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = template[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        i += 1
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            i += 1
            start = i
            while i < n and template[i] != ">":
                i += 1
            name = template[start:i]
            if i >= n:
                if not name:
                    raise error("missing group name", template, start)
                raise error("missing >, unterminated name", template, start)
            if not name:
                raise error("missing group name", template, start)
            i += 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    raise error("bad character in group name %r" % name, template, start)
                if index >= 1073741823:
                    raise error("invalid group reference %d" % index, template, start)
            add_group(index, start)
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and template[i] in _OCTDIGITS:
                digits += template[i]
                i += 1
            literal.append(chr(int("0" + digits, 8) & 0xFF))
        elif c in _DIGITS:
            start = i - 1
            text = c
            if i < n and template[i] in _DIGITS:
                text += template[i]
                i += 1
                if c in _OCTDIGITS and text[1] in _OCTDIGITS and i < n and template[i] in _OCTDIGITS:
                    text += template[i]
                    i += 1
                    value = int(text, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % text, template, start - 1)
                    literal.append(chr(value))
                    continue
            add_group(int(text), start)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif _is_ascii_letter(c):
            raise error("bad escape \\%s" % c, template, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    return items


def _expand(template, m):
    pieces = []
    for item in template:
        if isinstance(item, str):
            pieces.append(item)
        else:
            g = m._get(item)
            if g is not None:
                pieces.append(g)
    return "".join(pieces)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, (bytes, bytearray)):
        raise NotImplementedError("coro's re does not support bytes patterns")
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("coro's re does not support the DEBUG flag")
    if flags & TEMPLATE:
        raise NotImplementedError("coro's re does not support the TEMPLATE flag")
    p = _new_pattern(pattern, int(flags))
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    raise NotImplementedError("coro's re does not support re.template")


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    raise NotImplementedError("coro's re does not support bytes patterns")


def _without_groups(phrase):
    # `phrase` with its capturing groups made non-capturing: in a Scanner's
    # pattern only the phrases are groups (CPython parses each phrase on
    # its own, so its groups number no group of the whole).
    out = []
    i = 0
    in_class = False
    while i < len(phrase):
        c = phrase[i]
        if c == "\\":
            out.append(phrase[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            # A `]` first (after an optional `^`) is a member.
            if phrase[i:i + 1] == "^":
                out.append("^")
                i += 1
            if phrase[i:i + 1] == "]":
                out.append("]")
                i += 1
            continue
        elif c == "(":
            if phrase[i + 1:i + 2] != "?":
                out.append("(?:")
                i += 1
                continue
            if phrase[i + 2:i + 4] == "P<":
                end = phrase.index(">", i)
                out.append("(?:")
                i = end + 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


class Scanner:
    # A lexer over one pattern made of the lexicon's phrases, each a group:
    # the group of a match names the phrase.
    __module__ = "re"

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = compile("|".join("(%s)" % _without_groups(phrase) for phrase, action in lexicon), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
