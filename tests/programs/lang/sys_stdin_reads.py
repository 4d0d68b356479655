# sys.stdin reads lines, characters and the rest of the input, sharing its
# buffer with input().
# stdin: hello
# stdin: wörld is
# stdin: long line here
# stdin: bob
# stdin: x1
# stdin: stop
# stdin: y
# stdin: z
import sys
first = sys.stdin.readline()
print(repr(first))
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)), repr(sys.stdin.readline(20)))
name = input()
print(repr(name))
for line in sys.stdin:
    print(repr(line))
    if line.startswith('stop'):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(type(sys.stdin).__name__, sys.stdin.fileno(), sys.stdin is sys.__stdin__)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
# expect: 'hello\n'
# expect: 'wör' 'ld' ' is\n'
# expect: 'long line here'
# expect: 'bob\n'
# expect: 'x1\n'
# expect: 'stop\n'
# expect: ['y\n', 'z\n']
# expect: '' ''
# expect: TextIOWrapper 0 True
# expect: EOFError: EOF when reading a line
