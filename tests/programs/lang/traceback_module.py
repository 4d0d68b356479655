# The traceback module formats and prints exceptions as the VM prints an
# uncaught one: frames, source lines and the chain.
import sys
import traceback

class Out:
    """Prints what is written, with this file's path left out."""
    def write(self, text):
        print(text.replace(__file__, "FILE"), end="")

out = Out()

def inner():
    raise ValueError("bad value")

def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

print(repr(traceback.format_exc()))
try:
    outer()
except RuntimeError as e:
    text = traceback.format_exc()
    out.write(text)
    out.write(traceback.format_exc(chain=False))
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print("".join(lines) == text)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)) == text)
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out, chain=False)
try:
    raise KeyError("k")
except KeyError:
    traceback.print_exc(file=out)
print(traceback.format_exception_only(None))
# expect: 'NoneType: None\n'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 18, in outer
# expect:     inner()
# expect:   File "FILE", line 14, in inner
# expect:     raise ValueError("bad value")
# expect: ValueError: bad value
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 24, in <module>
# expect:     outer()
# expect:   File "FILE", line 20, in outer
# expect:     raise RuntimeError("wrapped") from e
# expect: RuntimeError: wrapped
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 24, in <module>
# expect:     outer()
# expect:   File "FILE", line 20, in outer
# expect:     raise RuntimeError("wrapped") from e
# expect: RuntimeError: wrapped
# expect: ['RuntimeError: wrapped\n']
# expect: True
# expect: True
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 18, in outer
# expect:     inner()
# expect:   File "FILE", line 14, in inner
# expect:     raise ValueError("bad value")
# expect: ValueError: bad value
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 24, in <module>
# expect:     outer()
# expect:   File "FILE", line 20, in outer
# expect:     raise RuntimeError("wrapped") from e
# expect: RuntimeError: wrapped
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 24, in <module>
# expect:     outer()
# expect:   File "FILE", line 20, in outer
# expect:     raise RuntimeError("wrapped") from e
# expect: RuntimeError: wrapped
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 36, in <module>
# expect:     raise KeyError("k")
# expect: KeyError: 'k'
# expect: ['NoneType: None\n']
