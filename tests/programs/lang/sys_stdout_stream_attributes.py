# sys.stdout and sys.stderr describe themselves as CPython's text streams
# do, and their `buffer` writes bytes in order with the text.
import sys
out = sys.stdout
print(out.encoding, out.name, out.closed, out.fileno(), sys.stderr.fileno())
print(sys.stderr.name, sys.stderr.errors, out.writable(), out.readable(), out.seekable())
print(out.isatty(), sys.stderr.isatty())
print("text first", flush=True)
n = sys.stdout.buffer.write("bytes next: é\n".encode())
sys.stdout.buffer.flush()
print(n)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
# expect: utf-8 <stdout> False 1 2
# expect: <stderr> backslashreplace True False False
# expect: False False
# expect: text first
# expect: bytes next: é
# expect: 15
# expect: a bytes-like object is required, not 'str'
