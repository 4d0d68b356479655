# print writes each piece to a program's file object (as CPython does), and
# sys.stdout replaced by the program receives what print prints.
import sys


class Capture:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushed += 1


w = Capture()
print("x", 1, [2], file=w)
print(file=w, end="!")
print("a", "b", sep="-", file=w, flush=True)
print(w.parts, w.flushed)
saved = sys.stdout
sys.stdout = cap = Capture()
print("hidden", 42)
sys.stdout.write("direct\n")
sys.stdout = saved
print(cap.parts)
sys.stdout = sys.__stdout__
print("back")
import heapq
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
# expect: ['x', ' ', '1', ' ', '[2]', '\n', '!', 'a', '-', 'b', '\n'] 1
# expect: ['hidden', ' ', '42', '\n', 'direct\n']
# expect: back
# expect: IndexError: index out of range
