# The string module of coro: its constants, capwords, Template and Formatter.

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# --- Template ---------------------------------------------------------------
# coro has no `re`, so a template is scanned by hand. A subclass may set
# `delimiter`, `idpattern`, `braceidpattern` and `flags` (0 or re.IGNORECASE's
# value, 2); the id patterns are read by the small matcher below, which knows
# literals, `.`, classes, `\w \d \s`, the quantifiers `* + ? {m,n}` and
# `(?flags:...)` groups. A custom `pattern` is refused.

_IGNORECASE = 2


def _unsupported(pattern):
    return NotImplementedError("coro's string.Template does not support the pattern %r" % (pattern,))


def _escape_item(c):
    # A class item for `\w`, `\d`, `\s` (ASCII, as the default idpattern's
    # `(?a:)` asks), or the escaped character itself.
    if c == "w":
        return ("w",)
    if c == "d":
        return ("d",)
    if c == "s":
        return ("s",)
    if c in "WDSbBAZ" or c.isalnum():
        raise ValueError(c)
    return (c, c)


def _parse_class(p, i):
    # `p[i]` is just after `[`: the (negated, items) of the class and the end.
    negated = i < len(p) and p[i] == "^"
    if negated:
        i += 1
    items = []
    first = True
    while True:
        if i >= len(p):
            raise ValueError(p)
        c = p[i]
        if c == "]" and not first:
            return (negated, items), i + 1
        first = False
        if c == "\\":
            item = _escape_item(p[i + 1])
            i += 2
        else:
            item = (c, c)
            i += 1
        if len(item) == 2 and i + 1 < len(p) and p[i] == "-" and p[i + 1] != "]":
            hi = p[i + 1]
            if hi == "\\":
                hi = _escape_item(p[i + 2])
                if len(hi) != 2:
                    raise ValueError(p)
                hi = hi[1]
                i += 3
            else:
                i += 2
            item = (item[0], hi)
        items.append(item)


def _parse_seq(p, i, in_group):
    # The nodes [kind, payload, min, max] of `p` from `i` to the end or `)`.
    nodes = []
    while i < len(p):
        c = p[i]
        if c == ")":
            if not in_group:
                raise ValueError(p)
            return nodes, i + 1
        if c == "(":
            # Only `(?:...)` and `(?aiLmsux-imsx:...)`: flags for a part.
            j = p.find(":", i)
            if not p.startswith("(?", i) or j < 0:
                raise ValueError(p)
            flags = p[i + 2:j]
            icase = None
            if flags.startswith("-"):
                if "i" in flags:
                    icase = False
            elif "i" in flags.split("-")[0]:
                icase = True
            sub, i = _parse_seq(p, j + 1, True)
            node = ["g", (sub, icase)]
        elif c == "[":
            payload, i = _parse_class(p, i + 1)
            node = ["c", payload]
        elif c == ".":
            node = ["c", (True, [("\n", "\n")])]
            i += 1
        elif c == "\\":
            item = _escape_item(p[i + 1])
            node = ["c", (False, [item])]
            i += 2
        elif c in "*+?{|^$":
            raise ValueError(p)
        else:
            node = ["c", (False, [(c, c)])]
            i += 1
        lo, hi = 1, 1
        if i < len(p) and p[i] in "*+?":
            lo, hi = {"*": (0, -1), "+": (1, -1), "?": (0, 1)}[p[i]]
            i += 1
        elif i < len(p) and p[i] == "{":
            j = p.index("}", i)
            parts = p[i + 1:j].split(",")
            lo = int(parts[0] or "0")
            hi = lo if len(parts) == 1 else int(parts[1]) if parts[1] else -1
            i = j + 1
        if i < len(p) and p[i] in "*+?{":
            raise ValueError(p)
        nodes.append(node + [lo, hi])
    if in_group:
        raise ValueError(p)
    return nodes, i


def _compile_id(pattern):
    try:
        return _parse_seq(pattern, 0, False)[0]
    except (ValueError, IndexError):
        raise _unsupported(pattern) from None


def _in_class(ch, payload, icase):
    negated, items = payload
    cases = (ch, ch.lower(), ch.upper()) if icase else (ch,)
    found = False
    for item in items:
        if len(item) == 1:
            kind = item[0]
            ok = ch < "\x80" and ((kind == "w" and (ch.isalnum() or ch == "_")) or
                                  (kind == "d" and ch.isdigit()) or (kind == "s" and ch in whitespace))
        else:
            ok = any(item[0] <= x <= item[1] for x in cases)
        if ok:
            found = True
            break
    return found != negated


def _match_one(node, s, pos, icase):
    # Where one repetition of `node` at `pos` ends, or -1.
    if node[0] == "g":
        sub, flag = node[1]
        return _match(sub, 0, s, pos, icase if flag is None else flag)
    if pos < len(s) and _in_class(s[pos], node[1], icase):
        return pos + 1
    return -1


def _match(nodes, k, s, pos, icase):
    # Where nodes[k:] matched at `pos` end (greedy, backtracking), or -1.
    if k == len(nodes):
        return pos
    node = nodes[k]
    ends = [pos]
    while node[3] < 0 or len(ends) <= node[3]:
        end = _match_one(node, s, ends[-1], icase)
        if end < 0 or end == ends[-1]:
            break
        ends.append(end)
    for n in range(len(ends) - 1, node[2] - 1, -1):
        end = _match(nodes, k + 1, s, ends[n], icase)
        if end >= 0:
            return end
    return -1


class _ChainMap:
    # The keywords first, then the mapping (what CPython's ChainMap gives).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


_sentinel_dict = {}


class Template:
    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            raise NotImplementedError("coro's string.Template does not support a custom pattern")
        cls._compile()

    @classmethod
    def _compile(cls):
        cls._id_nodes = _compile_id(cls.idpattern)
        cls._braceid_nodes = _compile_id(cls.braceidpattern or cls.idpattern)
        flags = getattr(cls, "flags", _IGNORECASE)
        cls._icase = bool(flags & _IGNORECASE)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name) for each delimiter in the template:
        # kind is "escaped", "named", "braced" or "invalid"; start..end is the
        # matched text and, for "invalid", end is where the error points.
        s = self.template
        delim = self.delimiter
        cls = type(self)
        i = s.find(delim)
        while i >= 0:
            j = i + len(delim)
            if s.startswith(delim, j):
                yield "escaped", i, j + len(delim), None
                i = s.find(delim, j + len(delim))
                continue
            end = _match(cls._id_nodes, 0, s, j, cls._icase)
            if end > j:
                yield "named", i, end, s[j:end]
                i = s.find(delim, end)
                continue
            if s.startswith("{", j):
                end = _match(cls._braceid_nodes, 0, s, j + 1, cls._icase)
                if end > j + 1 and s.startswith("}", end):
                    yield "braced", i, end + 1, s[j + 1:end]
                    i = s.find(delim, end + 1)
                    continue
            yield "invalid", i, j, None
            i = s.find(delim, j)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno = len(lines)
            colno = pos - len("".join(lines[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        s = self.template
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(s[last:start])
            last = end
            if name is not None:
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(s[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif kind == "escaped":
                parts.append(self.delimiter)
            elif safe:
                parts.append(s[start:end])
            else:
                self._invalid(end)
        parts.append(s[last:])
        return "".join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != "invalid" for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, _, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


Template._compile()


# --- Formatter ----------------------------------------------------------------
# str.format's machinery with hooks to override; the parsing that CPython's
# _string module does in C is written out here with its error messages.


def _parse_format(s):
    # Yields (literal, field_name, format_spec, conversion) as
    # _string.formatter_parser does.
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                break
        else:
            c = ""
        if c == "}" and (i >= n or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if c == "{" and i >= n:
            raise ValueError("Single '{' encountered in format string")
        if not c:
            yield s[start:i], None, None, None
            return
        if s[i] == c:
            # `{{` or `}}`: the literal ends with one brace, no field follows.
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # The field name runs to `}`, `:` or `!`; `[...]` may hold any of them.
        name_start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c in "}:!":
                break
        else:
            c = ""
        name = s[name_start:i - 1] if c else s[name_start:i]
        conversion = None
        if c == "!" or c == ":":
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        yield literal, name, "", conversion
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            yield literal, name, s[spec_start:i - 1], conversion
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        else:
            yield literal, name, "", None


def _index_or_str(s):
    return int(s) if s and s.isdecimal() else s


def _split_field_name(name):
    # (first, [(is_attr, key), ...]) as _string.formatter_field_name_split.
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = _index_or_str(name[:i])
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((False, _index_or_str(name[i + 1:j])))
            j += 1
            if j < len(name) and name[j] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        i = j
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
