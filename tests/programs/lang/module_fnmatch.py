# fnmatch: translate gives CPython's expression text (atomic groups, ranges, escapes); fnmatch, fnmatchcase and filter match with it.
import fnmatch
pats = ['*.py','a*b*c','[!a-c]?x*','[]]','[!]','[a-','**x','a[b-a]c', 'x[[]y', '[a-z', 'foo*bar*baz*','*a*', '[a-c-e]x', '[z-a-c]', '[!z-a]', '[\\]x', '[&&b]', 'a.b+c(d)', '', '*', '?', '[^x]', '[a--c]', '[--z]']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ["main.py", "test_main.py", "README.md", "a.b+c(d)", "abc", "x[y", "axxbyyc", "", ".hidden", "b", "-", "z"]
for p in pats:
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names[:4]])
print(fnmatch.fnmatchcase("ABC", "a*"), fnmatch.fnmatch("ABC", "A*"))
# expect: '*.py' (?s:.*\.py)\Z
# expect: 'a*b*c' (?s:a(?>.*?b).*c)\Z
# expect: '[!a-c]?x*' (?s:[^a-c].x.*)\Z
# expect: '[]]' (?s:[]])\Z
# expect: '[!]' (?s:\[!\])\Z
# expect: '[a-' (?s:\[a\-)\Z
# expect: '**x' (?s:.*x)\Z
# expect: 'a[b-a]c' (?s:a(?!)c)\Z
# expect: 'x[[]y' (?s:x[\[]y)\Z
# expect: '[a-z' (?s:\[a\-z)\Z
# expect: 'foo*bar*baz*' (?s:foo(?>.*?bar)(?>.*?baz).*)\Z
# expect: '*a*' (?s:(?>.*?a).*)\Z
# expect: '[a-c-e]x' (?s:[a-c\-e]x)\Z
# expect: '[z-a-c]' (?s:[\-c])\Z
# expect: '[!z-a]' (?s:.)\Z
# expect: '[\\]x' (?s:[\\]x)\Z
# expect: '[&&b]' (?s:[\&\&b])\Z
# expect: 'a.b+c(d)' (?s:a\.b\+c\(d\))\Z
# expect: '' (?s:)\Z
# expect: '*' (?s:.*)\Z
# expect: '?' (?s:.)\Z
# expect: '[^x]' (?s:[\^x])\Z
# expect: '[a--c]' (?s:[c])\Z
# expect: '[--z]' (?s:[\--z])\Z
# expect: *.py ['main.py', 'test_main.py'] [True, True, False, False]
# expect: a*b*c ['abc', 'axxbyyc'] [False, False, False, False]
# expect: [!a-c]?x* [] [False, False, False, False]
# expect: []] [] [False, False, False, False]
# expect: [!] [] [False, False, False, False]
# expect: [a- [] [False, False, False, False]
# expect: **x [] [False, False, False, False]
# expect: a[b-a]c [] [False, False, False, False]
# expect: x[[]y ['x[y'] [False, False, False, False]
# expect: [a-z [] [False, False, False, False]
# expect: foo*bar*baz* [] [False, False, False, False]
# expect: *a* ['main.py', 'test_main.py', 'a.b+c(d)', 'abc', 'axxbyyc'] [True, True, False, True]
# expect: [a-c-e]x [] [False, False, False, False]
# expect: [z-a-c] ['-'] [False, False, False, False]
# expect: [!z-a] ['b', '-', 'z'] [False, False, False, False]
# expect: [\]x [] [False, False, False, False]
# expect: [&&b] ['b'] [False, False, False, False]
# expect: a.b+c(d) ['a.b+c(d)'] [False, False, False, True]
# expect:  [''] [False, False, False, False]
# expect: * ['main.py', 'test_main.py', 'README.md', 'a.b+c(d)', 'abc', 'x[y', 'axxbyyc', '', '.hidden', 'b', '-', 'z'] [True, True, True, True]
# expect: ? ['b', '-', 'z'] [False, False, False, False]
# expect: [^x] [] [False, False, False, False]
# expect: [a--c] [] [False, False, False, False]
# expect: [--z] ['b', '-', 'z'] [False, False, False, False]
# expect: False True
