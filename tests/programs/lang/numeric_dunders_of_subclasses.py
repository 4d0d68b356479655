# __divmod__, __floor__, __ceil__, __trunc__ and __getnewargs__ of the builtin classes, reached by divmod, math and copy for subclass instances.
import math, copy
class M(int): pass
class F(float): pass
class T(tuple): pass
class S(str): pass
print(divmod(M(7), 2), divmod(7, M(2)), divmod(F(7.5), 2), math.floor(F(2.5)), math.ceil(F(2.1)), math.trunc(F(-2.7)), math.floor(M(3)))
# expect: (3, 1) (3, 1) (3.0, 1.5) 2 3 -2 3
print(int.__divmod__(7, 2), float.__floor__(2.5), int.__trunc__(5), (3).__ceil__(), M(5).__getnewargs__(), T((1, 2)).__getnewargs__(), S('x').__getnewargs__())
# expect: (3, 1) 2 5 3 (5,) ((1, 2),) ('x',)
print(copy.copy(M(4)), type(copy.copy(M(4))).__name__, copy.deepcopy(T((1, [2]))), type(copy.copy(S('q'))).__name__)
# expect: 4 M (1, [2]) S
print(int.__divmod__(7, 'x'), (2.0).__rdivmod__(7))
# expect: NotImplemented (3.0, 1.0)
