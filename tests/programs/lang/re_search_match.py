# re.search, match, fullmatch, Match objects and Pattern attributes.
import re

m = re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m[0], m[1])
print(m.string, m.pos, m.endpos, m.re, m.lastindex, m.lastgroup, bool(m))
print(re.match(r"\d+", "abc 123"), re.match(r"\w+", "abc 123"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a+", "aab"))
print(re.search("x", "abc"))

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Jane Doe")
print(m.group("first"), m["last"], m.groupdict(), m.groupdict("-"))
print(m.groups(), m.groups(0), m.lastindex, m.lastgroup, m.span("rest"), m.start(3))
print(m.expand(r"\g<last>, \g<first>!\1"))
try:
    m.group(4)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)

p = re.compile(r"(?P<word>[a-z]+)\s*(\d*)", re.IGNORECASE)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.match("  Hello 42"), p.match("  Hello 42", 2), p.search("xx HELLO", 1, 5))
print(p.fullmatch("abc12"), p.fullmatch("abc12", 0, 4))
print(re.compile("a+"), re.compile("a", re.M | re.S), re.compile("(?i)a").flags, re.compile("a", re.A))
print(repr(re.I), re.I | re.M, str(re.X), int(re.S), re.NOFLAG, f"{re.A}")
print(re.compile("abc") is re.compile("abc"), re.compile("abc") == re.compile("abc"))
print(re.match(r"(a)()", "a").lastindex, re.match(r"(a())", "a").lastindex, re.match(r"((a))", "a").lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match("(a)|b", "b").lastindex, re.match("x", "x").lastgroup)

# Anchors and flags.
print(re.findall(r"^\w+$", "one\ntwo\nthree"), re.findall(r"(?m)^\w+$", "one\ntwo\nthree"))
print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"), re.search(r"\Aend", "end"))
print(re.findall("$", "a\n\n"), re.findall("(?m)^", "a\nb\n"))
print(re.findall("a.c", "abc a\nc"), re.findall("a.c", "abc a\nc", re.S), re.findall("(?s:a.c)x|a.c", "a\ncx"))
print(re.findall(r"""
    (\d+)   # digits
    \s* [a-z]  # then a letter
""", "12 a 3b", re.X))
print(re.findall(r"(?x) a b \  c", "ab c"), re.findall(r"(?i:AB)c", "abc abC ABc"))
print(re.findall(r"\w+", "héllo wörld_1 ²"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"(?a)\w+", "héllo"))
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.findall(r"\Bo", "foo o"))
print(re.findall(r"\d", "1٣x"), re.findall(r"\d", "1٣x", re.ASCII), re.findall(r"\s", "a b\x1cc\td"))
print(re.findall(r"[^\W\d]+", "ab12cd"), re.findall(r"[\s\d]+", "a 1 b"), re.findall(r"[]a-]", "]-ab"))
print(re.findall(r"a{2}|b{,2}c|d{1,}", "aaa bbbc dd"), re.findall("x{", "x{"), re.findall("a{1,2", "a{1,2"))
print(re.findall(r"(a)(?=b)", "ab ac"), re.findall(r"(?<=\$)\d+", "$10 20 $30"), re.findall(r"(?<!-)\b\d", "-1 2"))
print(re.findall(r"(a)\1", "aa ab"), re.findall(r"(?P<q>['\"]).*?(?P=q)", "'x' \"y\""))
print(re.findall(r"(?>a+)b|c", "aab c"), re.findall("a*+b", "aab"), re.findall(r"(<)?\w+(?(1)>|$)", "<a> b"))
print(re.search(r"\x41\u0042\U00000043\101\0\n\t", "ABCA\x00\n\t"), re.search(r"\N{GREEK SMALL LETTER ALPHA}", "xα"))
print(re.findall(r"a*?b|a+?", "aab aa"), re.findall(r"[.]\.", "a.. b"), re.search(r"(a*)*b", "aaab"))
# expect: <re.Match object; span=(5, 13), match='555-1234'>
# expect: 555-1234 555-1234 555 1234 ('555', '1234')
# expect: ('555', '1234') (5, 13) (5, 8) 9 13 555-1234 555
# expect: tel: 555-1234 ok 0 16 re.compile('(\\d+)-(\\d+)') 2 None True
# expect: None <re.Match object; span=(0, 3), match='abc'>
# expect: <re.Match object; span=(0, 2), match='ab'> None
# expect: None
# expect: Jane Doe {'first': 'Jane', 'last': 'Doe', 'rest': None} {'first': 'Jane', 'last': 'Doe', 'rest': '-'}
# expect: ('Jane', 'Doe', None) ('Jane', 'Doe', 0) 2 last (-1, -1) -1
# expect: Doe, Jane!Jane
# expect: IndexError no such group
# expect: IndexError no such group
# expect: re.compile('(?P<word>[a-z]+)\\s*(\\d*)', re.IGNORECASE) (?P<word>[a-z]+)\s*(\d*) 34 2 {'word': 1}
# expect: None <re.Match object; span=(2, 10), match='Hello 42'> <re.Match object; span=(1, 3), match='x '>
# expect: <re.Match object; span=(0, 5), match='abc12'> <re.Match object; span=(0, 4), match='abc1'>
# expect: re.compile('a+') re.compile('a', re.MULTILINE|re.DOTALL) 34 re.compile('a', re.ASCII)
# expect: re.IGNORECASE re.IGNORECASE|re.MULTILINE re.VERBOSE 16 re.NOFLAG re.ASCII
# expect: True True
# expect: 2 1 1
# expect: 2 None None
# expect: [] ['one', 'two', 'three']
# expect: <re.Match object; span=(4, 7), match='end'> None <re.Match object; span=(0, 3), match='end'>
# expect: ['', ''] ['', '', '']
# expect: ['abc'] ['abc', 'a\nc'] ['a\ncx']
# expect: ['12', '3']
# expect: ['ab c'] ['abc', 'ABc']
# expect: ['héllo', 'wörld_1', '²'] ['h', 'llo', 'w', 'rld'] ['h', 'llo']
# expect: ['foo', 'foo'] ['o', 'o']
# expect: ['1', '٣'] ['1'] [' ', '\x1c', '\t']
# expect: ['ab', 'cd'] [' 1 '] [']', '-', 'a']
# expect: ['aa', 'bbc', 'dd'] ['x{'] ['a{1,2']
# expect: ['a'] ['10', '30'] ['2']
# expect: ['a'] ["'", '"']
# expect: ['aab', 'c'] ['aab'] ['<', '']
# expect: <re.Match object; span=(0, 7), match='ABCA\x00\n\t'> <re.Match object; span=(1, 2), match='α'>
# expect: ['aab', 'a', 'a'] ['..'] <re.Match object; span=(0, 4), match='aaab'>
