# decimal is C code in CPython: its frames stay out of tracebacks, its functions repr as built-ins.
import decimal, traceback
from decimal import Decimal
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print(type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)])
print(decimal.getcontext)
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)])
# expect: DivisionByZero ['<module>']
# expect: <built-in function getcontext>
# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>] ['<module>']
