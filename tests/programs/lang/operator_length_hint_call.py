# operator.length_hint (len, __length_hint__, native iterators' hints, errors) and operator.call.
import operator
class A:
    def __length_hint__(self): return "x"
class B:
    def __length_hint__(self): return -1
class C:
    def __length_hint__(self): return NotImplemented
class D:
    def __len__(self): raise TypeError("boom")
    def __length_hint__(self): return 4
class E:
    def __len__(self): return -1
class F:
    def __length_hint__(self): raise TypeError("x")
for o in [A(), B(), C(), D(), E(), F(), 3, [1,2], iter([1,2,3]), iter(range(10)), reversed([1,2]), iter({1:2}), iter({1,2,3}), iter("abc"), iter((1,)), map(str, [1])]:
    try: print(operator.length_hint(o, 7))
    except Exception as e: print(type(e).__name__, e)
try: operator.length_hint([], "x")
except Exception as e: print(type(e).__name__, e)
it = iter([1,2,3]); next(it); print(operator.length_hint(it)); list(it); print(operator.length_hint(it))
print(operator.call(max, 1, 2, key=lambda x: -x))
# expect: TypeError __length_hint__ must be an integer, not str
# expect: ValueError __length_hint__() should return >= 0
# expect: 7
# expect: 4
# expect: ValueError __len__() should return >= 0
# expect: 7
# expect: 7
# expect: 2
# expect: 3
# expect: 10
# expect: 2
# expect: 1
# expect: 3
# expect: 3
# expect: 1
# expect: 7
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: 2
# expect: 0
# expect: 1
