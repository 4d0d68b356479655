# The traceback module of coro. Exceptions are formatted natively
# (_traceback), as the VM prints an uncaught one. Traceback, frame and
# code objects are made here from the entries an exception collected on
# its way out (`exc.__traceback__` calls _traceback_of); they carry what
# the entries know: file, line, function name and the failing operation's
# position. Frames of the running code (`sys._getframe`, `format_stack`)
# are made from a walk of the machine stack (`_stack`), with the code
# objects functions have (`__code__`); they find their caller and their
# current line by walking again. Compiled frames keep no frame state, so
# their locals are refused by name.

from _traceback import (format_exc, print_exc, format_exception, print_exception,
                        format_exception_only, _entries, _stack, _source_line, _carets, _positions,
                        _module_globals)

# Frames beyond this many repeats of one line are summarized.
_RECURSIVE_CUTOFF = 3

# Attributes CPython's frame and code objects have that coro's do not.
_FRAME_ONLY = ('f_locals', 'f_globals', 'f_builtins', 'f_back', 'f_lasti', 'f_trace')
_CODE_ONLY = ('co_qualname', 'co_firstlineno', 'co_varnames', 'co_argcount', 'co_consts',
              'co_names', 'co_code', 'co_flags', 'co_positions', 'co_lines')


class code:
    __module__ = 'builtins'

    def __init__(self, name, filename):
        self.co_name = name            # the function's name
        self.co_filename = filename    # the source file

    def __getattr__(self, name):
        if name in _CODE_ONLY:
            raise NotImplementedError(f"coro's code objects have no {name}")
        raise AttributeError(f"'code' object has no attribute '{name}'")

    def __repr__(self):
        return f'<code object {self.co_name}, file "{self.co_filename}">'


class frame:
    __module__ = 'builtins'

    def __init__(self, f_code, lineno, address=None, position=0):
        self.f_code = f_code       # the code object
        self._lineno = lineno      # where the frame was when the exception passed, or when it was looked at
        self._address = address    # a running frame's stack address (see _stack), else None
        self._position = position  # the position id of what it was doing then (0: unknown)

    @property
    def f_lineno(self):
        if self._address is not None:
            # While the frame runs, where it is now.
            now = _stack(0, 1, self._address - 1)
            if now and now[0][3] == self._address and now[0][0] is self.f_code:
                self._lineno, self._position = now[0][1], now[0][2]
        return self._lineno

    def __getattr__(self, name):
        if self._address is not None:
            if name == 'f_back':
                # The next running frame out, found when first asked for.
                above = _stack(0, 1, self._address)
                self.f_back = _running_frame(above[0]) if above else None
                return self.f_back
            if name == 'f_globals':
                # A running frame's globals are its module's, found by file.
                found = _module_globals(self.f_code.co_filename)
                if found is not None:
                    self.f_globals = found
                    return found
        if name in _FRAME_ONLY:
            raise NotImplementedError(f"coro's frame objects have no {name} (compiled frames keep no frame state)")
        raise AttributeError(f"'frame' object has no attribute '{name}'")

    def __repr__(self):
        return (f"<frame at 0x{id(self):x}, file '{self.f_code.co_filename}', "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")


def _running_frame(entry):
    # The frame of one entry of _stack, or of a suspended generator (whose
    # address is None: it has no caller).
    f_code, lineno, position, address = entry
    f = frame(f_code, lineno, address, position)
    if address is None:
        f.f_back = None
    return f


def _getframe(depth=0):
    """sys._getframe: the frame `depth` calls out from the caller's."""
    # Past this function's own frame.
    found = _stack(max(depth, 0) + 1, 1, 0)
    if not found:
        raise ValueError("call stack is not deep enough")
    return _running_frame(found[0])


def walk_stack(f):
    if f is None:
        f = _getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = _getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = _getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


class traceback:
    __module__ = 'builtins'

    def __init__(self, exc, depth, tb_frame, tb_lineno, position, tb_next):
        self._exc = exc              # the exception whose entries this is made from
        self._depth = depth          # how many of its innermost entries this covers
        self._position = position    # where on the line (runtime/positions.rs)
        self.tb_frame = tb_frame
        self.tb_lineno = tb_lineno
        self.tb_next = tb_next

    @property
    def tb_lasti(self):
        raise NotImplementedError("coro's traceback objects have no tb_lasti (no bytecode)")


def _traceback_of(exc):
    # The chain is built from the innermost entry outwards.
    tb = None
    depth = 0
    for filename, lineno, name, position in _entries(exc):
        depth += 1
        tb = traceback(exc, depth, frame(code(name, filename), lineno), lineno, position, tb)
    return tb


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line          # the source line as the file has it, once read
        self._position = None      # the failing operation, for frames from a traceback
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    for t in _walk_tb_objects(tb):
        yield t.tb_frame, t.tb_lineno


def _limited(items, limit):
    # A non-negative limit keeps the first entries, a negative one the last
    # (itertools.islice and collections.deque in CPython: no frames).
    if limit is None:
        return items
    if limit >= 0:
        from itertools import islice
        return islice(items, limit)
    return list(items)[limit:]


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # Nested as CPython's, so that walk_stack(None) starts at the frame
        # that called extract.
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno

        return klass._extract_from_extended_frame_gen(extended_frame_gen(), limit=limit, lookup_lines=lookup_lines)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line}\n')
            if frame_summary._position is not None:
                carets = _carets(frame_summary._line, frame_summary._position)
                if carets is not None:
                    row.append(carets + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                _note_repeats(result, count)
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(self.format_frame_summary(frame_summary))
        _note_repeats(result, count)
        return result


def _note_repeats(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {more} more time{"s" if more > 1 else ""}]\n')


def extract_tb(tb, limit=None):
    result = StackSummary()
    for t in _limited(_walk_tb_objects(tb), limit):
        summary = FrameSummary(t.tb_frame.f_code.co_filename, t.tb_lineno, t.tb_frame.f_code.co_name)
        summary._position = t._position
        result.append(summary)
    return result


def _walk_tb_objects(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        import sys
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


class TracebackException:
    """What an exception shows: its stack, message and chain. Formatting
    is done from the exception it was made from (`_exc`), natively."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if capture_locals:
            raise NotImplementedError("coro does not support capture_locals (compiled frames keep no locals)")
        if (max_group_width, max_group_depth) != (15, 10):
            raise NotImplementedError("coro does not support max_group_width or max_group_depth")
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value      # the exception formatted
        self._limit = limit        # how many entries each traceback shows
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit) if exc_traceback is not None else StackSummary()
        self.exc_type = exc_type
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        def chained(e):
            if e is None or id(e) in _seen:
                return None
            return TracebackException(type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines, _seen=_seen)

        e = exc_value
        self.__cause__ = chained(e.__cause__) if e is not None else None
        need_context = not compact or (self.__cause__ is None and e is not None and not e.__suppress_context__)
        self.__context__ = chained(e.__context__) if e is not None and need_context else None
        if isinstance(e, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(x), x, x.__traceback__, limit=limit, lookup_lines=lookup_lines, _seen=_seen)
                               for x in e.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            import sys
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
