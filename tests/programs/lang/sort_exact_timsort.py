# list.sort/sorted run CPython 3.11's listsort step for step (count_run, binary insertion to minrun, powersort merges, galloping with adaptive min_gallop): the same __lt__ calls in the same order, for any length, and the same result for an inconsistent order.
# (The comparisons are hashed as they happen, in small ints, so that the
# test stays quick when every allocation collects.)
M = (1 << 31) - 1
state = [2024]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n

trace = [0, 0]
kept = None
def seen(a, b):
    trace[0] += 1
    trace[1] = (trace[1] * 1000003 + a * 4099 + b + 1) % M
    if kept is not None:
        kept.append((a, b))

class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, o):
        seen(self.i, o.i)
        return self.v < o.v
    def __repr__(self):
        return f"K({self.v})"

def order_digest(items):
    h = 0
    for x in items:
        h = (h * 1000003 + x.i + 1) % M
    return h

def runs(n, span):
    out = []
    while len(out) < n:
        m = 1 + rnd(200)
        chunk = sorted(rnd(span) for _ in range(m))
        if rnd(3) == 0:
            chunk.reverse()
        out.extend(chunk)
    return out[:n]

cases = [
    ("random dups", [rnd(4) for _ in range(100)]),
    ("random", [rnd(10**6) for _ in range(600)]),
    ("runs", runs(500, 50)),
    ("runs wide", runs(700, 10**6)),
    ("sawtooth", [i % 97 for i in range(400)]),
    ("descending", [3000 - i // 3 for i in range(500)]),
    ("organ pipe", list(range(150)) + list(range(150, 0, -1))),
    ("few swaps", [i if i % 211 else 0 for i in range(450)]),
]
for name, vals in cases:
    for rev in (False, True):
        xs = [K(v, i) for i, v in enumerate(vals)]
        trace[0] = trace[1] = 0
        out = sorted(xs, reverse=rev)
        ok = all(not (b.v < a.v) if not rev else not (a.v < b.v) for a, b in zip(out, out[1:]))
        print(name, len(vals), rev, trace[0], trace[1], order_digest(out), ok)
# The first and last comparisons of a 65-item sort, exactly.
xs = [K(v, i) for i, v in enumerate([rnd(5) for _ in range(65)])]
trace[0] = trace[1] = 0
kept = []
xs.sort()
print(kept[:40])
print(kept[-40:])
kept = None
print([x.i for x in xs])
# A __lt__ that is not an order still gives CPython's permutation.
class Odd:
    def __init__(self, i):
        self.i = i
    def __lt__(self, o):
        seen(self.i, o.i)
        return (self.i * 7919 + o.i * 104729) % 11 < 5
trace[0] = trace[1] = 0
out = sorted(Odd(i) for i in range(300))
print(trace[0], trace[1], [x.i for x in out][:60])
N = float("nan")
print(sorted([3, N, 3, 2, 2, 1, 2, 0, 2, 1, 0, 2, 0, 2, 1, 3, 2, N, 0, N, 0, 2, 2, 0, 1, 1, 3, N, 3, 2, 2, 1, 2, 3, 1, 1, 0, 2, 0, 1, 0, 3, 2, 1, 3, 3, 2, N, 3, 2, 1, N, 1, 1, 0, 1, 1, N, 0, N, 0, 2, 0, N]))
# expect: random dups 100 False 489 1653469678 358845777 True
# expect: random dups 100 True 485 707373295 1210286997 True
# expect: random 600 False 4757 721122901 681010834 True
# expect: random 600 True 4752 1927852057 1107044769 True
# expect: runs 500 False 2531 36787811 1739560165 True
# expect: runs 500 True 3661 1924782868 416330470 True
# expect: runs wide 700 False 2769 1137595961 95432787 True
# expect: runs wide 700 True 2646 1825687279 1202126217 True
# expect: sawtooth 400 False 1240 377765837 746114402 True
# expect: sawtooth 400 True 1387 764660014 914114804 True
# expect: descending 500 False 2548 1561554651 1110166167 True
# expect: descending 500 True 499 1101124293 1315782271 True
# expect: organ pipe 300 False 599 175255632 57048451 True
# expect: organ pipe 300 True 598 847624876 420806183 True
# expect: few swaps 450 False 499 889553632 950265616 True
# expect: few swaps 450 True 641 506571805 1579619706 True
# expect: [(1, 0), (2, 1), (3, 2), (3, 1), (3, 0), (4, 3), (4, 0), (5, 3), (5, 4), (5, 0), (6, 0), (6, 1), (6, 3), (7, 6), (7, 5), (7, 4), (8, 0), (8, 7), (8, 4), (9, 0), (9, 8), (9, 7), (9, 5), (10, 9), (10, 3), (10, 0), (10, 6), (11, 0), (11, 7), (11, 5), (11, 9), (12, 9), (12, 7), (12, 4), (13, 9), (13, 6), (13, 1), (13, 2), (14, 9), (14, 8)]
# expect: [(47, 1), (54, 1), (61, 1), (63, 1), (34, 1), (34, 3), (34, 6), (34, 10), (34, 15), (34, 17), (34, 21), (34, 24), (34, 0), (40, 0), (42, 0), (53, 0), (49, 0), (36, 0), (60, 0), (36, 9), (36, 11), (36, 14), (36, 27), (36, 5), (48, 5), (49, 5), (51, 5), (55, 5), (33, 5), (33, 7), (33, 8), (33, 22), (33, 4), (38, 4), (45, 4), (50, 4), (56, 4), (59, 4), (62, 4), (64, 4)]
# expect: [2, 13, 16, 18, 20, 25, 26, 28, 30, 35, 39, 44, 47, 54, 61, 63, 1, 3, 6, 10, 15, 17, 21, 24, 34, 40, 42, 43, 53, 60, 0, 9, 11, 14, 27, 36, 48, 49, 51, 55, 5, 7, 8, 22, 33, 38, 45, 50, 56, 59, 62, 64, 4, 12, 19, 23, 29, 31, 32, 37, 41, 46, 52, 57, 58]
# expect: 1902 1284096830 [41, 74, 73, 62, 165, 77, 75, 44, 0, 38, 50, 60, 82, 40, 1, 22, 45, 55, 56, 78, 114, 126, 102, 91, 69, 68, 98, 4, 59, 81, 92, 80, 58, 48, 70, 96, 107, 118, 154, 71, 159, 170, 172, 128, 106, 95, 94, 84, 72, 155, 166, 180, 168, 46, 57, 19, 176, 143, 132, 121]
# expect: [3, nan, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, nan, nan, 2, 3, nan, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, nan, 3, nan, nan, nan, nan]
