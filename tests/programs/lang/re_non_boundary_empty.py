# \B never matches in an empty string, as in SRE.
import re
for p, s in [(r'\B', ''), (r'\B', 'a'), (r'\B', 'ab'), (r'x\B', ''), (r'^\B$', ''), (r'\B', ' '), (r'a\B', 'ab'), (r'(?a)\B', ''), (r'\B', '  '), (r'\Bb', 'ab')]:
    print(p, repr(s), [m.span() for m in re.finditer(p, s)])
# expect: \B '' []
# expect: \B 'a' []
# expect: \B 'ab' [(1, 1)]
# expect: x\B '' []
# expect: ^\B$ '' []
# expect: \B ' ' [(0, 0), (1, 1)]
# expect: a\B 'ab' [(0, 1)]
# expect: (?a)\B '' []
# expect: \B '  ' [(0, 0), (1, 1), (2, 2)]
# expect: \Bb 'ab' [(1, 2)]
