# math.factorial: exact for large arguments, OverflowError past a C long.
import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(25))
print(math.factorial(1000) % 1000003, math.factorial(100000) % 1000003)
try:
    math.factorial(10**20)
except OverflowError as e:
    print(e)
# expect: 1 1 2432902008176640000 15511210043330985984000000
# expect: 864722 353746
# expect: factorial() argument should not exceed 9223372036854775807
