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
# expect: ([('ID', 'x'), ('OP', '='), ('NUM', 12), ('OP', '+'), ('ID', 'foo'), ('OP', '*'), ('OP', '('), ('NUM', 3), ('OP', '-'), ('ID', 'y1'), ('OP', ')')], '')
# expect: ([('ID', 'a'), ('OP', '+'), ('NUM', 1)], '? rest')
# expect: (['A', 'A'], ' c')
# expect: ([(0, 5)], '')
