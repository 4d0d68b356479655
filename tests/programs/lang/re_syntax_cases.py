# Pattern syntax: classes, escapes, anchors, flags, lookaround, Unicode classes.
import re
cases = [
    (r"(?i)straße", "STRASSE"), (r"[a-z]+", "ABC", re.I), (r"(?x)[ ]a", " a"), (r"a{,}", "aaa"),
    (r"\Bx\B", "axb"), (r"(a|b)*c", "ababc"), (r"(a)|(b)", "b"), (r"(?:a|(b))+", "ab"),
    (r"(?=(\w+))", "ab"), (r"[\w.-]+@[\w-]+\.\w+", "x mail: jo.e@ex-a.com"),
    (r"^$", ""), (r"(?m)$", "a\nb"), (r"\n$", "a\n"), (r"[^a]", "\n"), (r"[\]]", "]"), (r"[\\]", "\\"),
    (r"[a\-z]", "-"), (r"\s+", "\u2003\x85"), (r"\d+", "١٢"), (r"[&&]+", "&&"),
    (r"[~-]+", "~-"), (r"a#b", "a#b"), (r"(?x)a#b", "a"), (r"\$\(\)", "$()"), (r"\u00e9", "é"),
    (r"(?s).+", "a\nb"), (r"(?-s:.)+", "a\nb", re.S), (r"(?i:a)B", "Ab"), (r"(?i:a)B", "AB"),
    (r"(?P<x>a)(?P<y>b)?", "a"), (r"(?<=ab)c", "abc"), (r"(?<!^)x", "xx"), (r"x*?", "xx"),
    (r"\bé", " é"), (r"é\b", "é "), (r"\w+", "a\u0301b"), (r"\W", "½"), (r"\w", "½"), (r"[\d\D]", "x"),
    (r"\0", "\x00"), (r"\07", "\x07"), (r"[\0-\x1f]", "\x05"), (r"\x7f", "\x7f"), (r"a\Z", "a\n"),
]
for c in cases:
    p, s = c[0], c[1]
    f = c[2] if len(c) > 2 else 0
    m = re.search(p, s, f)
    print(repr(p), m and (m.span(), m.groups()), re.findall(p, s, f))
print(re.split(r"(?m)^", "a\nb\nc"), re.sub(r"(?m)$", "!", "a\nb"), re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"(?<=a)", "-", "aaa"), re.findall(r"a??", "aa"), re.split(r"(a)(x)?", "bab"))
print(re.compile(r"(?i)a").flags, re.compile(r"(?x)a").flags, re.compile(r"(?a)a").flags, re.compile(r"(?u)a").flags)
print(re.compile("(?ms)a"), re.compile("a", re.I | re.VERBOSE), re.compile("'"), re.compile('"\''))
print(re.match("(a)(b)(c)", "abc").regs, re.match("a", "a").groupdict(), re.match("(a)", "a").group(True))
import copy
m = re.match("a", "a"); print(copy.copy(m) is m, type(m).__name__, type(re.compile("x")).__name__)
print(re.findall(r"[^\s]+", "a b"), re.findall(r"[\S]+", "a b"), re.findall(r"[^\S\n]+", "a \nb"))
print(re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"), re.fullmatch("a$", "a"), re.fullmatch("a|", "a"))
# expect: '(?i)straße' None []
# expect: '[a-z]+' ((0, 3), ()) ['ABC']
# expect: '(?x)[ ]a' ((0, 2), ()) [' a']
# expect: 'a{,}' ((0, 3), ()) ['aaa', '']
# expect: '\\Bx\\B' ((1, 2), ()) ['x']
# expect: '(a|b)*c' ((0, 5), ('b',)) ['b']
# expect: '(a)|(b)' ((0, 1), (None, 'b')) [('', 'b')]
# expect: '(?:a|(b))+' ((0, 2), ('b',)) ['b']
# expect: '(?=(\\w+))' ((0, 0), ('ab',)) ['ab', 'b']
# expect: '[\\w.-]+@[\\w-]+\\.\\w+' ((8, 21), ()) ['jo.e@ex-a.com']
# expect: '^$' ((0, 0), ()) ['']
# expect: '(?m)$' ((1, 1), ()) ['', '']
# expect: '\\n$' ((1, 2), ()) ['\n']
# expect: '[^a]' ((0, 1), ()) ['\n']
# expect: '[\\]]' ((0, 1), ()) [']']
# expect: '[\\\\]' ((0, 1), ()) ['\\']
# expect: '[a\\-z]' ((0, 1), ()) ['-']
# expect: '\\s+' ((0, 2), ()) ['\u2003\x85']
# expect: '\\d+' ((0, 2), ()) ['١٢']
# expect: '[&&]+' ((0, 2), ()) ['&&']
# expect: '[~-]+' ((0, 2), ()) ['~-']
# expect: 'a#b' ((0, 3), ()) ['a#b']
# expect: '(?x)a#b' ((0, 1), ()) ['a']
# expect: '\\$\\(\\)' ((0, 3), ()) ['$()']
# expect: '\\u00e9' ((0, 1), ()) ['é']
# expect: '(?s).+' ((0, 3), ()) ['a\nb']
# expect: '(?-s:.)+' ((0, 1), ()) ['a', 'b']
# expect: '(?i:a)B' None []
# expect: '(?i:a)B' ((0, 2), ()) ['AB']
# expect: '(?P<x>a)(?P<y>b)?' ((0, 1), ('a', None)) [('a', '')]
# expect: '(?<=ab)c' ((2, 3), ()) ['c']
# expect: '(?<!^)x' ((1, 2), ()) ['x']
# expect: 'x*?' ((0, 0), ()) ['', 'x', '', 'x', '']
# expect: '\\bé' ((1, 2), ()) ['é']
# expect: 'é\\b' ((0, 1), ()) ['é']
# expect: '\\w+' ((0, 1), ()) ['a', 'b']
# expect: '\\W' None []
# expect: '\\w' ((0, 1), ()) ['½']
# expect: '[\\d\\D]' ((0, 1), ()) ['x']
# expect: '\\0' ((0, 1), ()) ['\x00']
# expect: '\\07' ((0, 1), ()) ['\x07']
# expect: '[\\0-\\x1f]' ((0, 1), ()) ['\x05']
# expect: '\\x7f' ((0, 1), ()) ['\x7f']
# expect: 'a\\Z' None []
# expect: ['', 'a\n', 'b\n', 'c'] a!
# expect: b! |ab| |cd|
# expect: a-a-a- ['', 'a', '', 'a', ''] ['b', 'a', None, 'b']
# expect: 34 96 256 32
# expect: re.compile('(?ms)a', re.MULTILINE|re.DOTALL) re.compile('a', re.IGNORECASE|re.VERBOSE) re.compile("'") re.compile('"\'')
# expect: ((0, 3), (0, 1), (1, 2), (2, 3)) {} a
# expect: True Match Pattern
# expect: ['a', 'b'] ['a', 'b'] [' ']
# expect: <re.Match object; span=(0, 4), match='abcd'> <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 1), match='a'>
