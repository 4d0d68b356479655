# os.path on POSIX: path strings split, joined and normalized as
# CPython's posixpath does them; the few that ask the system use os.stat.

import os as _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _str(func, p):
    # A path argument as a str (str or os.PathLike).
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        raise TypeError("coro's os.path takes str paths, not bytes")
    if hasattr(type(p), "__fspath__"):
        return _os.fspath(p)
    raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'" % (func, type(p).__name__))


def normcase(s):
    return _str("normcase", s)


def isabs(s):
    return _str("isabs", s).startswith("/")


def join(a, *p):
    path = _str("join", a)
    for b in p:
        b = _str("join", b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str("split", p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _str("splitext", p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # A leading run of dots (".bashrc", "..") is no extension.
        start = slash + 1
        while start < dot:
            if p[start] != ".":
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    return _str("splitdrive", p)[:0], p


def basename(p):
    p = _str("basename", p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _str("dirname", p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_os.fspath, paths))
    split_paths = [path.split("/") for path in paths]
    try:
        isabs, = set(p[:1] == "/" for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs else ""
    return prefix + "/".join(common)


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return _os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return 0


def isfile(path):
    return _mode(path) & 0o170000 == 0o100000


def isdir(s):
    return _mode(s) & 0o170000 == 0o040000


def islink(path):
    return _mode(path, False) & 0o170000 == 0o120000


def ismount(path):
    path = abspath(_str("ismount", path))
    if path == "/":
        return True
    try:
        s1 = _os.lstat(path)
        s2 = _os.lstat(join(path, ".."))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normpath(path):
    path = _str("normpath", path)
    if not path:
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else 1 if path.startswith("/") else 0
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/" * initial_slashes + "/".join(new_comps)
    return path or "."


def abspath(path):
    path = _str("abspath", path)
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _str("realpath", filename)
    path, _ = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    # Resolves the symbolic links of `rest` one component at a time.
    if rest.startswith("/"):
        rest = rest[1:]
        path = "/"
    while rest:
        name, _, rest = rest.partition("/")
        if not name or name == ".":
            continue
        if name == "..":
            if path:
                path, name = split(path)
                if name == "..":
                    path = join(path, "..", "..")
            else:
                path = ".."
            continue
        newpath = join(path, name)
        try:
            st = _os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _os.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _str("relpath", path)
    start = "." if start is None else _str("relpath", start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def expanduser(path):
    path = _str("expanduser", path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get("HOME", "/")
    else:
        return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    path = _str("expandvars", path)
    if "$" not in path:
        return path
    import re
    pattern = re.compile(r"\$(\w+|\{[^}]*\})", re.ASCII)
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith("{") and name.endswith("}"):
            name = name[1:-1]
        if name in _os.environ:
            tail = path[j:]
            path = path[:i] + _os.environ[name]
            i = len(path)
            path += tail
        else:
            i = j
    return path
