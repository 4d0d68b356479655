# re.split, findall and finditer, with groups and empty matches.
import re

print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split(r"(\W+)?", "...words, words..."))
print(re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"), re.split("(a)|b", "xaybz"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)=?(\d)?", "a1 b"))
print(re.findall("", "ab"), re.findall("|a", "a"), re.findall("a|", "ab"), re.findall(r"\b", "ab cd"))
print(re.findall(r"(a)|b", "ab"), re.findall("x*", "axxb"))
for m in re.finditer(r"(?P<n>\d+)", "a1 b22 c333"):
    print(m, m.span(), m.group("n"), m.lastgroup)
p = re.compile(r"\w")
print(p.findall("abcdef", 1, 4), [m.start() for m in p.finditer("abcdef", 2)], p.findall("abc", 2, 1))
print(list(re.finditer("a", "")), re.findall(r"^a", "aaa"), re.findall(r"(?m)^a", "a\na\nba"))
print(p.search("abc", -5, 99), p.match("abc", 3), p.fullmatch("", 0), re.compile("").fullmatch("abc", 1, 1))
print(re.escape("a.b*c?d[e]f{g}h(i)j|k^l$m\\n -_é\t"), re.findall(re.escape("1+1=2"), "1+1=2 11=2"))
print(re.purge(), re.compile(re.compile("x")), re.match(re.compile("a"), "a"))
print(re.sub("a", "b", "aaa", count=-1), re.split("a", "bab", -1), re.split("(a)(x)?|b", "cabxd", 1))
text = "ünïcödé wörds ☕ " * 50
print(len(re.findall(r"\w+", text)), [m.span() for m in re.finditer(r"\w+", text)][-3:], re.split(" ", text)[-4:])
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1), "héllo wörld"), re.subn("ö", r"[\g<0>]", text)[1])
print(re.findall(r"(\w)(\w)?", "abc"), re.findall(r"((a)|b)+", "ab"))
# expect: ['Words', 'words', 'words', ''] ['Words', ', ', 'words', ', ', 'words', '.', '']
# expect: ['Words', 'words, words.'] ['Words', 'words', 'words.']
# expect: ['0', '3', '9'] ['', '...', '', None, 'w', None, 'o', None, 'r', None, 'd', None, 's', ', ', '', None, 'w', None, 'o', None, 'r', None, 'd', None, 's', '...', '', None, '']
# expect: ['', 'a', '', 'b', 'c', ''] ['', 'a', ' ', 'b', ''] ['', 'a', 'b', 'c', ''] ['x', 'a', 'y', None, 'z']
# expect: ['1', '22', '333'] [('a', '1'), ('b', '2')] [('a', '1'), ('b', '')]
# expect: ['', '', ''] ['', 'a', ''] ['a', '', ''] ['', '', '', '']
# expect: ['a', ''] ['', 'xx', '', '']
# expect: <re.Match object; span=(1, 2), match='1'> (1, 2) 1 n
# expect: <re.Match object; span=(4, 6), match='22'> (4, 6) 22 n
# expect: <re.Match object; span=(8, 11), match='333'> (8, 11) 333 n
# expect: ['b', 'c', 'd'] [2, 3, 4, 5] []
# expect: [] ['a'] ['a', 'a']
# expect: <re.Match object; span=(0, 1), match='a'> None None <re.Match object; span=(1, 1), match=''>
# expect: a\.b\*c\?d\[e\]f\{g\}h\(i\)j\|k\^l\$m\\n\ \-_é\	 ['1+1=2']
# expect: None re.compile('x') <re.Match object; span=(0, 1), match='a'>
# expect: aaa ['bab'] ['c', 'a', None, 'bxd']
# expect: 100 [(776, 781), (784, 791), (792, 797)] ['ünïcödé', 'wörds', '☕', '']
# expect: élloh örldw 100
# expect: [('a', 'b'), ('c', '')] [('b', 'a')]
