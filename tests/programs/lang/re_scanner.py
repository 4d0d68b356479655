# re.Scanner tokenizes with a lexicon of (pattern, action) phrases, stopping at the first unmatched text
import re
def number(scanner, token):
    return ("NUM", int(token))
scanner = re.Scanner([
    (r"\d+", number),
    (r"[a-zA-Z_]\w*", lambda s, t: ("ID", t)),
    (r"[+\-*/()=]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 12 + foo*(3 - y1)"))
print(scanner.scan("a + 1 ? rest"))
print(re.Scanner([(r"a", "A"), (r"b", None)]).scan("abab c"))
s = re.Scanner([(r"\w+", lambda sc, t: sc.match.span())], re.I)
print(s.scan("hello"))
# Phrases may have groups of their own (named too); classes keep their parentheses.
tok = re.Scanner([
    (r"[0-9]+(\.[0-9]+)?", lambda s, t: ("NUM", t)),
    (r"(?P<word>[a-z]+)", lambda s, t: ("WORD", t)),
    (r"[()\]]", lambda s, t: ("PAREN", t)),
    (r"\s+", None),
])
print(tok.scan("3.25 (abc] 7"))
# expect: ([('ID', 'x'), ('OP', '='), ('NUM', 12), ('OP', '+'), ('ID', 'foo'), ('OP', '*'), ('OP', '('), ('NUM', 3), ('OP', '-'), ('ID', 'y1'), ('OP', ')')], '')
# expect: ([('ID', 'a'), ('OP', '+'), ('NUM', 1)], '? rest')
# expect: (['A', 'A'], ' c')
# expect: ([(0, 5)], '')
# expect: ([('NUM', '3.25'), ('PAREN', '('), ('WORD', 'abc'), ('PAREN', ']'), ('NUM', '7')], '')
