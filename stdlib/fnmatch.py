# The fnmatch module: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`)
# matched by translating the pattern into a regular expression, the same
# expression text as CPython's `translate` gives.

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _match(pat):
    # The compiled matcher of a pattern (str or bytes), cached.
    key = (type(pat), pat)
    match = _compiled.get(key)
    if match is None:
        if isinstance(pat, bytes):
            source = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
        else:
            source = translate(pat)
        match = _compiled[key] = re.compile(source).match
    return match


def fnmatch(name, pat):
    # (Case is normalized on Windows only: here both stay as they are.)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _match(pat)(name) is not None


def filter(names, pat):
    match = _match(pat)
    return [name for name in names if match(name)]


_STAR = object()


def _bracket(pat, start, end):
    # The regular expression of the set `pat[start:end]` (what lies
    # between `[` and `]`), or None when it can match nothing.
    stuff = pat[start:end]
    if "-" not in stuff:
        stuff = stuff.replace("\\", "\\\\")
    else:
        # Split at the hyphens that make ranges; a reversed range is
        # dropped, joining its neighbours.
        chunks = []
        k = start + 2 if pat[start] == "!" else start + 1
        while True:
            k = pat.find("-", k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k += 3
        if pat[start:end]:
            chunks.append(pat[start:end])
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks)
    # Set operations (&&, ~~, ||) are escaped.
    stuff = re.sub(r"([&~|])", r"\\\1", stuff)
    if not stuff:
        return "(?!)"
    if stuff == "!":
        return "."
    if stuff[0] == "!":
        stuff = "^" + stuff[1:]
    elif stuff[0] in ("^", "["):
        stuff = "\\" + stuff
    return "[" + stuff + "]"


def _pieces(pat):
    # The pattern as regular-expression pieces, with _STAR for each run
    # of `*`.
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append("\\[")
            else:
                pieces.append(_bracket(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def translate(pat):
    pieces = _pieces(pat)
    # What precedes the first star is matched as is; each star and the
    # fixed text after it match minimally with no backtracking into them
    # (an atomic group), except after the last star, which takes the rest.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"
