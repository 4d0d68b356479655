# reprlib.Repr and reprlib.repr: containers, strings and ints cut to CPython's default limits; limits and fill value are attributes; dispatch by type name.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("a" * 100))
print(reprlib.repr("\n" * 100), reprlib.repr("short"))
print(reprlib.repr(10 ** 100), reprlib.repr(-10 ** 50), reprlib.repr(12345))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({"b": 1, 2: "a", "c": 3}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset("abcdefghij")), reprlib.repr({3, 1, 2.5}))
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}), reprlib.repr([]))
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(True), reprlib.repr(range(10)))
print(reprlib.repr(b"x" * 50), reprlib.repr(print))
print(reprlib.repr([1.5, None, "a" * 40, (2,)]))


class Broken:
    def __repr__(self):
        raise ValueError("no")


b = Broken()
print(reprlib.repr(b) == "<Broken instance at %#x>" % id(b))


class MyList(list):
    pass


print(reprlib.repr(MyList(range(100))))

r = reprlib.Repr()
print(sorted(vars(r).items()))
r.maxlist = 2
r.maxlevel = 1
r.fillvalue = "~~"
print(r.repr([1, [2, 3], 4]), r.repr([[]]), r.repr([[1]]), r.repr({1: 2}), r.repr({1: {2: 3}}))
r.maxstring = 5
print(r.repr("abcdefghijk"), r.repr("abc"))
r.maxstring = 0
print(r.repr("abcdefghijk"))
r.maxlong = 4
r.maxother = 8
print(r.repr(123456789), r.repr(-1234), r.repr(3.14159265358979))
print(reprlib.aRepr.repr1([1, 2], 1), reprlib.aRepr.repr1([1, [2]], 1), reprlib.aRepr.repr1([1, [2]], 0))


class IntsAsI(reprlib.Repr):
    def repr_int(self, x, level):
        return "I"

    def repr_MyList(self, x, level):
        return "MyList of %d" % len(x)


print(IntsAsI().repr([1, 2, (3,), MyList([1])]))
print(reprlib.repr is not None, reprlib.__all__)
# expect: [0, 1, 2, 3, 4, 5, ...] (0, 1, 2) (1,) ()
# expect: 'aaaaaaaaaaaa...aaaaaaaaaaaaa'
# expect: '\n\n\n\n\n\n...n\n\n\n\n\n\n' 'short'
# expect: 100000000000000000...0000000000000000000 -10000000000000000...0000000000000000000 12345
# expect: {0: '0', 1: '1', 2: '2', 3: '3', ...} {'b': 1, 2: 'a', 'c': 3}
# expect: {0, 1, 2, 3, 4, 5, ...} frozenset({'a', 'b', 'c', 'd', 'e', 'f', ...}) {1, 2.5, 3}
# expect: set() frozenset() {} []
# expect: deque([0, 1, 2, 3, 4, 5, ...]) deque([])
# expect: [[[[[[[...]]]]]]] {1: {2: {3: {4: {5: {6: {...}}}}}}}
# expect: 3.5 None True range(0, 10)
# expect: b'xxxxxxxxxxx...xxxxxxxxxxxxx' <built-in function print>
# expect: [1.5, None, 'aaaaaaaaaaaa...aaaaaaaaaaaaa', (2,)]
# expect: True
# expect: [0, 1, 2, 3, ...6, 97, 98, 99]
# expect: [('fillvalue', '...'), ('maxarray', 5), ('maxdeque', 6), ('maxdict', 4), ('maxfrozenset', 6), ('maxlevel', 6), ('maxlist', 6), ('maxlong', 40), ('maxother', 30), ('maxset', 6), ('maxstring', 30), ('maxtuple', 6)]
# expect: [1, [~~], ~~] [[]] [[~~]] {1: 2} {1: {~~}}
# expect: '~~' 'abc'
# expect: ~~
# expect: ~~9 ~~4 3.~~979
# expect: [1, 2] [1, [...]] [...]
# expect: [I, I, (I,), MyList of 1]
# expect: True ['Repr', 'repr', 'recursive_repr']
