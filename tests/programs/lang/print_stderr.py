# print's sep, end and file keywords; sys.stderr output.
import sys
print("a", "b", sep="-")
# expect: a-b
print("no newline", end="")
print(" then newline")
# expect: no newline then newline
print(1, 2, 3, sep="", end="!\n")
# expect: 123!
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")
sys.stdout.write("written to stdout\n")
# expect: written to stdout
print(*[1, 2], sep=None)
# expect: 1 2
print()
# expect:
print("done")
# expect: done
# expect error: to stderr
# expect error: written to stderr
# expect exit: 0
