# re.sub and subn: templates, functions, count, empty matches.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "a bc"))
print(re.sub(r"a", r"\n\t\\-\%", "a"))
print(re.sub(r"x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("b*", "-", "abc"))
print(re.subn(r"\d", "#", "a1b22c333"), re.subn(r"\d", "#", "a1b22c333", count=2), re.sub(r"\d", "#", "12", 1))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("(?i)HELLO", "bye", "hello Hello"), re.sub("a", "b", "aaa", flags=re.I))
print(re.sub(r"(\d)(\d)?", r"\2\1", "1 23"), re.sub(r"\s+", " ", "  lots \t of\n space  ").strip())
p = re.compile(r"(?P<k>\w+)=(?P<v>\w+)")
print(p.sub(r"\g<v>=\g<k>", "a=1, b=2"), p.subn(lambda m: m["k"].upper(), "a=1, b=2"))
print(repr(re.sub("a", "\\0", "a")), re.sub("(a)", r"\1\060", "a"), re.sub("a", r"\101", "a"))
print(re.sub("é", "e", "café crème"), re.sub(r"(?<=é)\w", "_", "éa éb"))
for bad in [r"\2", r"\g<x>", r"\g<1", r"\q", "x\\", r"\g<-1>", r"\g<>", r"\g"]:
    try:
        re.sub("(a)", bad, "a")
    except re.error as e:
        print("error", e)
    except IndexError as e:
        print("IndexError", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
# expect: home at me work at you
# expect: <a|a|a> <bc|bc|bc>
# expect: 
# expect: 	\-\%
# expect: -a-b--d- -a-b-c- -a--c-
# expect: ('a#b##c###', 6) ('a#b#2c333', 2) #2
# expect: 6 apples and 24 pears
# expect: [a][] bye bye bbb
# expect: 1 32 lots of space
# expect: 1=a, 2=b ('A, B', 2)
# expect: '\x00' a0 A
# expect: cafe crème é_ é_
# expect: error invalid group reference 2 at position 1
# expect: IndexError unknown group name 'x'
# expect: error missing >, unterminated name at position 3
# expect: error bad escape \q at position 0
# expect: error bad escape (end of pattern) at position 1
# expect: error bad character in group name '-1' at position 3
# expect: error missing group name at position 3
# expect: error missing < at position 2
# expect: TypeError sequence item 0: expected str instance, int found
