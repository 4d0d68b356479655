# Indexing and slicing strings, including negative steps and unicode.
s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[-3:], s[::2], s[::-1], s[-1:-4:-1])
# expect: P n yth Py on hon Pto nohtyP noh
print(s[10:], s[-100:2], s[3:1], s[::-2], s[5:0:-2])
# expect:  Py  nhy nhy
u = "héllo→wörld"
print(u[1], u[5], u[6:], u[::-1], len(u))
# expect: é → wörld dlröw→olléh 11
print("😀x"[0], len("😀"), "abc"[slice(1, None)])
# expect: 😀 1 bc
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: string index out of range
try:
    s[0] = "p"
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: 'str' object does not support item assignment
for ch in "ab€":
    print(ch, ord(ch))
# expect: a 97
# expect: b 98
# expect: € 8364
