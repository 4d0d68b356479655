# os.path splits, joins and normalizes path strings as CPython's posixpath
import os
import os.path
from os.path import join, splitext
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(os.path.__name__, os.path.sep)
for a in ["a/b/c.txt", "/x/y/", "a", "", ".bashrc", "a/.b.c", "..", "/", "//a//b", "a/b/../c/./d", "///x", "../../a", "a.tar.gz"]:
    print(repr(a), os.path.split(a), os.path.splitext(a), repr(os.path.basename(a)), repr(os.path.dirname(a)), os.path.normpath(a), os.path.isabs(a))
print(join("a", "b", "c"), join("a/", "/b", "c"), join("", "x"), join("a", ""))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonpath(["a/b/c", "a/b/d"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/a", "/a/b/c"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.expanduser("~/x") == os.environ["HOME"] + "/x", os.path.expanduser("x~"))
class P:
    def __fspath__(self):
        return "/tmp"
print(os.fspath(P()), os.path.join(P(), "x"), isinstance(P(), os.PathLike), os.fspath(b"b"))
for bad in [lambda: os.path.join("a", 3), lambda: os.fspath(3), lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: posix / '\n' . .. : . /dev/null
# expect: posixpath /
# expect: 'a/b/c.txt' ('a/b', 'c.txt') ('a/b/c', '.txt') 'c.txt' 'a/b' a/b/c.txt False
# expect: '/x/y/' ('/x/y', '') ('/x/y/', '') '' '/x/y' /x/y True
# expect: 'a' ('', 'a') ('a', '') 'a' '' a False
# expect: '' ('', '') ('', '') '' '' . False
# expect: '.bashrc' ('', '.bashrc') ('.bashrc', '') '.bashrc' '' .bashrc False
# expect: 'a/.b.c' ('a', '.b.c') ('a/.b', '.c') '.b.c' 'a' a/.b.c False
# expect: '..' ('', '..') ('..', '') '..' '' .. False
# expect: '/' ('/', '') ('/', '') '' '/' / True
# expect: '//a//b' ('//a', 'b') ('//a//b', '') 'b' '//a' //a/b True
# expect: 'a/b/../c/./d' ('a/b/../c/.', 'd') ('a/b/../c/./d', '') 'd' 'a/b/../c/.' a/c/d False
# expect: '///x' ('///', 'x') ('///x', '') 'x' '///' /x True
# expect: '../../a' ('../..', 'a') ('../../a', '') 'a' '../..' ../../a False
# expect: 'a.tar.gz' ('', 'a.tar.gz') ('a.tar', '.gz') 'a.tar.gz' '' a.tar.gz False
# expect: a/b/c /b/c x a/
# expect: /usr/l ''
# expect: /usr a/b
# expect: ../b/c . ../..
# expect: /a/c True
# expect: True x~
# expect: /tmp /tmp/x True b'b'
# expect: TypeError join() argument must be str, bytes, or os.PathLike object, not 'int'
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: ValueError commonpath() arg is an empty sequence
# expect: ValueError Can't mix absolute and relative paths
