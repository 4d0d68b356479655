# The operator module: operators as functions, itemgetter, attrgetter, methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self if age > 90 else None


people = [P("ann", 30), P("bob", 25), P("cy", 99)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("inner.name")(people[2]), sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), methodcaller("split", ",")("a,b"), methodcaller("upper")("x"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.not_(0), operator.truth([1]))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"), operator.abs(-3), operator.index(5), operator.is_(None, None))
d = {}
operator.setitem(d, "x", 1)
print(d, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.iadd([1], [2]), itemgetter(1), attrgetter("a"))
from functools import reduce
print(reduce(operator.add, range(5)), reduce(operator.mul, [1, 2, 3], 10))
# expect: ['bob', 'ann', 'cy'] ('ann', 30)
# expect: cy [(0, 'c'), (1, 'a'), (1, 'b')]
# expect: b ('a', 'c') ['a', 'b'] X
# expect: 5 abab -4 True True
# expect: True True 3 2 1024
# expect: True 1 3 5 True
# expect: {'x': 1} 2 2 [1, 2] operator.itemgetter(1) operator.attrgetter('a')
# expect: 10 60
