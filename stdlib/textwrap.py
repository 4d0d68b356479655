# The textwrap module of coro, written in the language: TextWrapper and
# wrap, fill, shorten, dedent and indent, with CPython 3.11's output.

"""Text wrapping and filling.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words (U+00A0 and its kind do not break).
_whitespace = '\t\n\x0b\x0c\r '

# Every whitespace character as a space (for finding word boundaries).
_AS_SPACES = dict.fromkeys(map(ord, _whitespace), ord(' '))

# Characters besides \w after which a run of hyphens reads as a dash.
_DASH_AFTER = frozenset('!"\'&.,?')


def _is_word(c):
    # `\w` of a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit (`_` counts).
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c in _DASH_AFTER or c.isalnum() or c == '_'


def _hyphens_end(s, i):
    # The index just past the run of hyphens starting at s[i].
    n = len(s)
    while i < n and s[i] == '-':
        i += 1
    return i


def _dash_at(s, i):
    # True when s[i:] starts with two or more hyphens followed by a word
    # character, and s[i - 1] is a word character or punctuation: a dash
    # between words, which is a chunk of its own.
    if i == 0 or not _is_word_punct(s[i - 1]):
        return False
    j = _hyphens_end(s, i)
    return j - i >= 2 and j < len(s) and _is_word(s[j])


def _breaks_after_hyphen(s, h):
    # True when a line may break after the hyphen s[h] of a compound word:
    # two letters (or letter, hyphen, letter) come before it, and a letter
    # then another one (maybe past one more hyphen) after it.
    n = len(s)
    if h + 2 >= n or not _is_letter(s[h + 1]):
        return False
    after = s[h + 2]
    if not (_is_letter(after) or (after == '-' and h + 3 < n and _is_letter(s[h + 3]))):
        return False
    if h >= 2 and _is_letter(s[h - 1]):
        before = s[h - 2]
        if _is_letter(before):
            return True
        return before == '-' and h >= 3 and _is_letter(s[h - 3])
    return False


def _split_word(s, out):
    # Appends to `out` the chunks of `s`, a run of non-whitespace holding a
    # hyphen: a dash between words stands alone, a compound word breaks
    # after its inner hyphens, and anything else stays whole. The lookups
    # before a chunk's start see earlier chunks of the same run; what comes
    # before the run (whitespace) counts as nothing, as the run's start does.
    n = len(s)
    start = 0
    while start < n:
        if s[start] == '-' and _dash_at(s, start):
            end = _hyphens_end(s, start)
            out.append(s[start:end])
            start = end
            continue
        end = start + 1
        while end < n:
            if s[end] == '-':
                if _breaks_after_hyphen(s, end):
                    end += 1
                    break
                if _dash_at(s, end):
                    break
            end += 1
        out.append(s[start:end])
        start = end


def _split_at_whitespace(text):
    # `text` split around its runs of whitespace, the runs kept: words at
    # even places (perhaps empty), runs at odd ones, as a regular
    # expression's split with a group gives them. Done with str.split on a
    # copy whose whitespace is all spaces (the same length, so its positions
    # are the text's), which needs no `re`.
    parts = text.translate(_AS_SPACES).split(' ')
    out = [parts[0]]
    pos = len(parts[0])
    run = 0
    for part in parts[1:]:
        # One separator before each part; empty parts lengthen the run.
        run += 1
        if part:
            out.append(text[pos:pos + run])
            out.append(part)
            pos += run + len(part)
            run = 0
    if run:
        out.append(text[pos:])
        out.append('')
    return out


class _WhitespaceSeparator:
    # TextWrapper.wordsep_simple_re: its split is what a compiled pattern
    # matching whitespace runs (in a group) would give. Like the two below,
    # it stands for a pattern so that importing textwrap needs no `re`; a
    # subclass may still set a real pattern in its place.

    def split(self, text):
        return _split_at_whitespace(text)


class _WordSeparator:
    # TextWrapper.wordsep_re: the split CPython's word-separating pattern
    # gives with break_on_hyphens (whitespace runs, words, dashes and
    # compound-word pieces), made by hand.

    def split(self, text):
        out = []
        for index, piece in enumerate(_split_at_whitespace(text)):
            if index % 2 == 0 and '-' in piece:
                _split_word(piece, out)
            else:
                out.append(piece)
        return out


_LOWERCASE = frozenset('abcdefghijklmnopqrstuvwxyz')


def _ends_sentence(chunk):
    # True when `chunk` ends a sentence: a lowercase ASCII letter, then
    # `.`, `!` or `?`, perhaps a closing quote, at its very end.
    end = len(chunk)
    if end and chunk[end - 1] in '"\'':
        end -= 1
    return end >= 2 and chunk[end - 1] in '.!?' and chunk[end - 2] in _LOWERCASE


class _SentenceEnd:
    # TextWrapper.sentence_end_re: search(chunk) gives the match of the
    # sentence's end at the end of `chunk`, or None. The wrapper itself asks
    # _ends_sentence; `re` is imported only if this is called.

    pattern = r'[a-z][.!?]["\']?\Z'
    _compiled = None

    def search(self, chunk):
        if not _ends_sentence(chunk):
            return None
        if _SentenceEnd._compiled is None:
            import re
            _SentenceEnd._compiled = re.compile(self.pattern)
        return _SentenceEnd._compiled.search(chunk)


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _WordSeparator()
    wordsep_simple_re = _WhitespaceSeparator()
    sentence_end_re = _SentenceEnd()

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Steps a subclass may override ---------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a
        space (as the options say)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into the chunks lines are made of: words (or
        parts of hyphenated words) and runs of whitespace."""
        # Only True itself (not any true value) splits at hyphens, as in CPython.
        separator = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in separator.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces, in place."""
        ends_sentence = self.sentence_end_re.search
        if isinstance(self.sentence_end_re, _SentenceEnd):
            ends_sentence = _ends_sentence
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the next chunk (reversed_chunks[-1]), too long for any
        line: break it, or give it a line of its own."""
        # At least one character goes on each line, even when the indent
        # leaves no room.
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                # Rather after the last hyphen that fits, if something
                # other than hyphens comes before it.
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            # Unbroken, the word takes a line to itself (the next line, when
            # this one has something already).
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Make lines of at most self.width characters (longer ones only
        when a word may not be broken) from `chunks`, emptied on the way;
        whitespace chunks at the ends of lines are dropped, as the options
        say."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        if self.max_lines is not None:
            # The placeholder must fit on the last line allowed.
            last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        # A stack: the next chunk is the last item.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)

            # Whitespace does not start a line, except the first.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            line = []
            used = 0
            while chunks and used + len(chunks[-1]) <= room:
                chunk = chunks.pop()
                line.append(chunk)
                used += len(chunk)

            if chunks and len(chunks[-1]) > room:
                self._handle_long_word(chunks, line, used, room)
                used = sum(map(len, line))

            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                del line[-1]

            if not line:
                continue

            # With max_lines, the line is kept as it is unless it is the last
            # one allowed and text would be left out after it (whitespace
            # that would be dropped anyway does not count).
            rest_is_nothing = not chunks or (self.drop_whitespace and len(chunks) == 1
                                             and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_nothing and used <= room)):
                lines.append(indent + ''.join(line))
                continue

            # The last line: drop chunks from its end until the placeholder
            # fits after a word.
            placed = False
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    placed = True
                    break
                used -= len(line[-1])
                del line[-1]
            if not placed:
                # No word of the line fits with it: the placeholder ends the
                # previous line if it fits there, or is a line of its own.
                previous = lines[-1].rstrip() if lines else None
                if previous is not None and len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                else:
                    lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph in `text` into a list of lines of at
        most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph in `text`, returning one string of
        lines joined by newlines."""
        return "\n".join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines
    (the keyword arguments are TextWrapper's)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string (the keyword
    arguments are TextWrapper's)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text`, then cut it to fit in `width`,
    ending it with the placeholder when words were left out.

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces both count as whitespace, but they are not equal: the
    lines "  hello" and "\\thello" have no common leading whitespace.
    Lines of only spaces and tabs become empty (and do not count).
    """
    if not isinstance(text, str):
        # The errors CPython's (regular-expression based) dedent gives.
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r" % type(text).__name__)
    lines = text.split('\n')
    margins = []
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if body:
            margins.append(line[:len(line) - len(body)])
        elif line:
            lines[i] = ''
    if margins:
        # The longest common prefix of all the indents is the one of the
        # smallest and the largest.
        low = min(margins)
        high = max(margins)
        size = 0
        while size < len(low) and low[size] == high[size]:
            size += 1
        if size:
            for i, line in enumerate(lines):
                if line:
                    lines[i] = line[size:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of the lines of 'text' for which
    predicate(line) is true; by default, to every line that is not empty
    or only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])


if __name__ == "__main__":
    print(dedent("Hello there.\n  This is indented."))
