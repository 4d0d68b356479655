# Strs built by + share a growable buffer; every str keeps its own text
# when others grow from the same prefix.
a = 'ab' + 'cd'
b = a + 'ef'
c = a + 'gh'
d = b + 'ij'
e = b + 'kl'
print(a, b, c, d, e)
u = 'é' + 'ü'
u += 'ñ'
v = u + '€'
print(u, len(u), u[2], v, len(v), v[-1])
x = ''
kept = []
for i in range(1000):
    x = x + str(i)
    if i % 250 == 0:
        kept.append(x)
print([len(p) for p in kept], kept[1][-6:], x[-10:])
print(x == ''.join(str(i) for i in range(1000)), hash(x) == hash(''.join(str(i) for i in range(1000))))
s = 'x'
print(s + '' is s, '' + s is s)
words = {}
for w in 'one two three'.split():
    key = 'k' + w
    key += '!'
    words[key] = len(key)
print(words)
# expect: abcd abcdef abcdgh abcdefij abcdefkl
# expect: éüñ 3 ñ éüñ€ 4 €
# expect: [1, 643, 1393, 2143] 249250 6997998999
# expect: True True
# expect: True True
# expect: {'kone!': 5, 'ktwo!': 5, 'kthree!': 7}
