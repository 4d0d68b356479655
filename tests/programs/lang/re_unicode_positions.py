# Positions are code point indices, also in non-ASCII text.
import re

s = "naïve café — déjà vu ☕ ok"
for m in re.finditer(r"\w+", s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
m = re.search(r"(é)(j)", s)
print(m, m.span(1), m.span(2), m.start(), m.end())
print(re.search("☕", s).span(), re.search(r"ok$", s).span(), re.split(r"\s+", s))
p = re.compile(r"\w+")
print(p.search(s, 6), p.match(s, 6), p.search(s, 6, 9), p.findall(s, 13, 20))
print(re.sub(r"[éè]", "e", s), re.subn(r"(?<=é)", "|", s))
print(re.findall(".", "a😀b"), re.search("b", "😀😀b").span(), re.findall(r"(?i)É", "éÉ"))
print(re.findall("", "é☕"), re.split("", "é☕"), re.findall(r"\bé\w*", "é déjà été"))
# expect: (0, 5) naïve True
# expect: (6, 10) café True
# expect: (13, 17) déjà True
# expect: (18, 20) vu True
# expect: (23, 25) ok True
# expect: <re.Match object; span=(14, 16), match='éj'> (14, 15) (15, 16) 14 16
# expect: (21, 22) (23, 25) ['naïve', 'café', '—', 'déjà', 'vu', '☕', 'ok']
# expect: <re.Match object; span=(6, 10), match='café'> <re.Match object; span=(6, 10), match='café'> <re.Match object; span=(6, 9), match='caf'> ['déjà', 'vu']
# expect: naïve cafe — dejà vu ☕ ok ('naïve café| — dé|jà vu ☕ ok', 2)
# expect: ['a', '😀', 'b'] (2, 3) ['é', 'É']
# expect: ['', '', ''] ['', 'é', '☕', ''] ['é', 'été']
