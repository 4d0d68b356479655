# re.error messages and positions for bad patterns, and argument errors.
import re

for p in ["(a", "a)", "[a", "a**", "*a", "a{3,2}", r"a\q", r"\x1", "(?P<1a>x)", "(?P=b)",
          "(?P<a>a)(?P<a>b)", r"\2(a)", r"(a\1)", "[z-a]", "(?z)", "(?i", "(?<x)", r"\N{FOO}",
          "(?#abc", "a{2}{3}", "^*", r"[\d-z]", "(?i-i:a)", "(?-a:b)", "x(?x)", "(?P", "\\", "[]",
          "(?<=a+)b", "(?<=a|bc)d", "a\n(b", "(?P<a>x)(?(b)y)", "(?(2)a|b)", "(?P>x)", r"[\A]"]:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError", e)
for f in [lambda: re.search("a", 1), lambda: re.search("a", b"a"), lambda: re.compile(1),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.match("(a)", "a").group(2)]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
e = re.error("boom")
print(e, e.msg, e.pos, isinstance(e, Exception), re.error.__name__)
re.compile("(b")
# expect: '(a' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: 'a)' -> unbalanced parenthesis at position 1 | unbalanced parenthesis 1 1 2 True
# expect: '[a' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: 'a**' -> multiple repeat at position 2 | multiple repeat 2 1 3 True
# expect: '*a' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a{3,2}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# expect: 'a\\q' -> bad escape \q at position 1 | bad escape \q 1 1 2 True
# expect: '\\x1' -> incomplete escape \x1 at position 0 | incomplete escape \x1 0 1 1 True
# expect: '(?P<1a>x)' -> bad character in group name '1a' at position 4 | bad character in group name '1a' 4 1 5 True
# expect: '(?P=b)' -> unknown group name 'b' at position 4 | unknown group name 'b' 4 1 5 True
# expect: '(?P<a>a)(?P<a>b)' -> redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13 True
# expect: '\\2(a)' -> invalid group reference 2 at position 1 | invalid group reference 2 1 1 2 True
# expect: '(a\\1)' -> cannot refer to an open group at position 2 | cannot refer to an open group 2 1 3 True
# expect: '[z-a]' -> bad character range z-a at position 1 | bad character range z-a 1 1 2 True
# expect: '(?z)' -> unknown extension ?z at position 1 | unknown extension ?z 1 1 2 True
# expect: '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# expect: '(?<x)' -> unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2 True
# expect: '\\N{FOO}' -> undefined character name 'FOO' at position 0 | undefined character name 'FOO' 0 1 1 True
# expect: '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# expect: 'a{2}{3}' -> multiple repeat at position 4 | multiple repeat 4 1 5 True
# expect: '^*' -> nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# expect: '[\\d-z]' -> bad character range \d-z at position 1 | bad character range \d-z 1 1 2 True
# expect: '(?i-i:a)' -> bad inline flags: flag turned on and off at position 5 | bad inline flags: flag turned on and off 5 1 6 True
# expect: '(?-a:b)' -> bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' 4 1 5 True
# expect: 'x(?x)' -> global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1 1 2 True
# expect: '(?P' -> unexpected end of pattern at position 3 | unexpected end of pattern 3 1 4 True
# expect: '\\' -> bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0 1 1 True
# expect: '[]' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '(?<=a+)b' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# expect: '(?<=a|bc)d' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# expect: 'a\n(b' -> missing ), unterminated subpattern at position 2 (line 2, column 1) | missing ), unterminated subpattern 2 2 1 True
# expect: '(?P<a>x)(?(b)y)' -> unknown group name 'b' at position 11 | unknown group name 'b' 11 1 12 True
# expect: '(?(2)a|b)' -> invalid group reference 2 at position 3 | invalid group reference 2 3 1 4 True
# expect: '(?P>x)' -> unknown extension ?P> at position 1 | unknown extension ?P> 1 1 2 True
# expect: '[\\A]' -> bad escape \A at position 1 | bad escape \A 1 1 2 True
# expect: ValueError ASCII and UNICODE flags are incompatible
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError first argument must be string or compiled pattern
# expect: ValueError cannot process flags argument with a compiled pattern
# expect: IndexError no such group
# expect: boom boom None True error
# expect error: re.error: missing ), unterminated subpattern at position 0
