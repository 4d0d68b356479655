# An uncaught decimal signal is reported as decimal.DivisionByZero with the list of conditions.
from decimal import Decimal

print(Decimal("10.00") / 4)
print(Decimal(1) / 0)
# expect: 2.50
# expect error: decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]
