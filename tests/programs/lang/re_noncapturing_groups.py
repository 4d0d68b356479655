# `(?:...)` groups do not capture: later groups keep their numbers, so a
# tokenizer's named alternatives and backreferences see the right text.
import re

print(re.match(r"(?:a)(b)", "ab").groups())
print(re.match(r"(?:(a)|(b))", "b").groups())
print(re.compile(r"(?:x)(?:y)(z)").groups)
TOKEN = re.compile(r"(?P<NUM>\d+(?:\.\d+)?)|(?P<NAME>[a-z]+)|(?P<OP>[-+*/()])|(?P<WS>\s+)")
for m in TOKEN.finditer("x1 + 3.25*(y - 10)"):
    if m.lastgroup != "WS":
        print(m.lastgroup, repr(m.group()), m.lastindex)
print(re.findall(r"(\w)(?:-)(\w)", "a-b c-d"))
print(re.sub(r"(?:<)(\w+)(?:>)", r"[\1]", "<b>bold</b> <i>"))
print(re.match(r"(?:(?P<q>['\"]).*?(?P=q))", "'hi' there").groupdict())
print(re.split(r"(?:,\s*)", "a, b,c"))
# expect: ('b',)
# expect: (None, 'b')
# expect: 1
# expect: NAME 'x' 2
# expect: NUM '1' 1
# expect: OP '+' 3
# expect: NUM '3.25' 1
# expect: OP '*' 3
# expect: OP '(' 3
# expect: NAME 'y' 2
# expect: OP '-' 3
# expect: NUM '10' 1
# expect: OP ')' 3
# expect: [('a', 'b'), ('c', 'd')]
# expect: [b]bold</b> [i]
# expect: {'q': "'"}
# expect: ['a', 'b', 'c']
