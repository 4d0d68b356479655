# A starred item in a subscript makes the index a tuple: x[*a] is x[(*a,)] (Python 3.11).
d = {}
a = (1, 2)
d[*a] = "pair"
print(d, d[*a], d[*a[:1], 2])
d[*a, *a] = "four"
print(d[1, 2, 1, 2])
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[*a], s[*()], s[*"ab", 0:1])
del d[*a]
print(d)
# expect: {(1, 2): 'pair'} pair pair
# expect: four
# expect: (1, 2) () ('a', 'b', slice(0, 1, None))
# expect: {(1, 2, 1, 2): 'four'}
