# keyword: kwlist, softkwlist, iskeyword, issoftkeyword as in 3.11.
import keyword
print(keyword.kwlist, keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), keyword.iskeyword("match"))
print(len(keyword.kwlist), sorted(keyword.__all__))
words = "def foo(x): return x if x else None".replace("(", " ").replace(")", " ").replace(":", " ").split()
print([(w, keyword.iskeyword(w)) for w in words])
# expect: ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'] ['_', 'case', 'match']
# expect: True False True False
# expect: 35 ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
# expect: [('def', True), ('foo', False), ('x', False), ('return', True), ('x', False), ('if', True), ('x', False), ('else', True), ('None', True)]
