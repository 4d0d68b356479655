# datetime: a ValueError from the constructor left uncaught ends the program with CPython's message.
from datetime import date

print(date(2024, 2, 29))
date(2023, 2, 29)
# expect: 2024-02-29
# expect error: ValueError: day is out of range for month
