# The limit argument of the traceback functions keeps the outermost (or, negative, the innermost) entries of each traceback in the chain.
import traceback

def show(text):
    print(text.replace(__file__, "FILE"), end="")

def a(): b()
def b(): c()
def c(): raise ValueError("deep")

for limit in (None, 0, 1, 2, -1, -2, 10):
    try:
        a()
    except ValueError:
        print("limit", limit)
        show(traceback.format_exc(limit=limit))
try:
    try:
        a()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    show("".join(traceback.format_exception(e, limit=1)))
    show("".join(traceback.format_exception(e, limit=-1)))
    te = traceback.TracebackException.from_exception(e, limit=1)
    show("".join(te.format()))
    print(len(te.stack), len(te.__cause__.stack))
# expect: limit None
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 13, in <module>
# expect:     a()
# expect:   File "FILE", line 7, in a
# expect:     def a(): b()
# expect:              ^^^
# expect:   File "FILE", line 8, in b
# expect:     def b(): c()
# expect:              ^^^
# expect:   File "FILE", line 9, in c
# expect:     def c(): raise ValueError("deep")
# expect:              ^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: deep
# expect: limit 0
# expect: ValueError: deep
# expect: limit 1
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 13, in <module>
# expect:     a()
# expect: ValueError: deep
# expect: limit 2
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 13, in <module>
# expect:     a()
# expect:   File "FILE", line 7, in a
# expect:     def a(): b()
# expect:              ^^^
# expect: ValueError: deep
# expect: limit -1
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 9, in c
# expect:     def c(): raise ValueError("deep")
# expect:              ^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: deep
# expect: limit -2
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 8, in b
# expect:     def b(): c()
# expect:              ^^^
# expect:   File "FILE", line 9, in c
# expect:     def c(): raise ValueError("deep")
# expect:              ^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: deep
# expect: limit 10
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 13, in <module>
# expect:     a()
# expect:   File "FILE", line 7, in a
# expect:     def a(): b()
# expect:              ^^^
# expect:   File "FILE", line 8, in b
# expect:     def b(): c()
# expect:              ^^^
# expect:   File "FILE", line 9, in c
# expect:     def c(): raise ValueError("deep")
# expect:              ^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: deep
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 19, in <module>
# expect:     a()
# expect: ValueError: deep
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     raise KeyError("k") from e
# expect: KeyError: 'k'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 9, in c
# expect:     def c(): raise ValueError("deep")
# expect:              ^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: deep
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     raise KeyError("k") from e
# expect: KeyError: 'k'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 19, in <module>
# expect:     a()
# expect: ValueError: deep
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 21, in <module>
# expect:     raise KeyError("k") from e
# expect: KeyError: 'k'
# expect: 1 1
