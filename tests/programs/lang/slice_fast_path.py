# Slicing str, list and tuple by ints, None, big ints and __index__; other
# containers get a slice object; long non-ASCII text indexed in order.
s = "héllo wörld 東京 😀!"
l = list(range(10))
t = tuple("abcdefg")
for lo, hi in [(None, None), (2, 5), (-3, None), (None, -2), (5, 2), (-100, 100), (3, 3), (10**20, None), (None, -10**20), (True, 3)]:
    print(repr(s[lo:hi]), l[lo:hi], t[lo:hi])
class Seq:
    def __getitem__(self, k):
        return k
print(Seq()[1:2], Seq()[:], Seq()["a":])
class MyStr(str):
    pass
m = MyStr("abcdef")
print(m[1:3], type(m[1:3]).__name__)
class MyList(list):
    pass
print(MyList([1, 2, 3])[1:], type(MyList([1, 2, 3])[1:]).__name__)
class Idx:
    def __index__(self):
        return 2
print(s[Idx():], l[:Idx()])
for bad in [lambda: s["a":], lambda: l[1.5:], lambda: {}[1:2]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# Sequential indexing of a long non-ASCII text, forward and back.
text = "".join(chr(0x3b1 + k % 20) + "ab" for k in range(3000))
print(sum(ord(text[i]) for i in range(0, len(text), 7)), sum(ord(text[i]) for i in range(len(text) - 1, 0, -5)))
print(text.find("ab", 4000), text.find("\u03b5", 100), text.rfind("\u03b5", 0, 5000), text[4000:4010], text[-10:])
print(text.count("a", 10, 9000), text.index("b", 8999), text.startswith("ab", 4501), text.endswith(("zz", "ab"), 0, 30))
# expect: 'héllo wörld 東京 😀!' [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] ('a', 'b', 'c', 'd', 'e', 'f', 'g')
# expect: 'llo' [2, 3, 4] ('c', 'd', 'e')
# expect: ' 😀!' [7, 8, 9] ('e', 'f', 'g')
# expect: 'héllo wörld 東京 ' [0, 1, 2, 3, 4, 5, 6, 7] ('a', 'b', 'c', 'd', 'e')
# expect: '' [] ()
# expect: 'héllo wörld 東京 😀!' [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] ('a', 'b', 'c', 'd', 'e', 'f', 'g')
# expect: '' [] ()
# expect: '' [] ()
# expect: '' [] ()
# expect: 'él' [1, 2] ('b', 'c')
# expect: slice(1, 2, None) slice(None, None, None) slice('a', None, None)
# expect: bc str
# expect: [2, 3] list
# expect: llo wörld 東京 😀! [0, 1]
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError unhashable type: 'slice'
# expect: 493024 690300
# expect: 4000 132 4992 abοabπabρa bςabσabτab
# expect: 2997 8999 True True
