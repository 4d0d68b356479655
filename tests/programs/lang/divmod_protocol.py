# divmod() calls __divmod__, then the other operand's __rdivmod__, and
# names itself in its errors (float divmod() by zero).
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, n):
        return ("r", n)
    def __repr__(self):
        return f"Money({self.cents})"

print(divmod(Money(1005), 100), divmod(7, Money(2)))
# expect: (Money(10), Money(5)) ('r', 7)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2), divmod(10**20, 7))
# expect: (3, 1) (-4, 1) (3.0, 1.5) (0, 1) (14285714285714285714, 2)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), ("a", 1), (Money(1), "x")):
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ZeroDivisionError integer division or modulo by zero
        # expect: ZeroDivisionError float divmod()
        # expect: ZeroDivisionError float divmod()
        # expect: TypeError unsupported operand type(s) for divmod(): 'str' and 'int'
        # expect: TypeError unsupported operand type(s) for divmod(): 'int' and 'str'
