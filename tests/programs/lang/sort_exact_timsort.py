# list.sort/sorted run CPython 3.11's listsort step for step (count_run, binary insertion to minrun, powersort merges, galloping with adaptive min_gallop): the same __lt__ calls in the same order, for any length, and the same result for an inconsistent order.
M = (1 << 61) - 1
state = [2024]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n

log = []
class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, o):
        log.append((self.i, o.i))
        return self.v < o.v
    def __repr__(self):
        return f"K({self.v})"

def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 4099 + b + 1) % M
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
    ("random", [rnd(10**6) for _ in range(3000)]),
    ("runs", runs(2500, 50)),
    ("runs wide", runs(4000, 10**6)),
    ("sawtooth", [i % 97 for i in range(1500)]),
    ("descending", [3000 - i // 3 for i in range(2000)]),
    ("organ pipe", list(range(700)) + list(range(700, 0, -1))),
    ("few swaps", [i if i % 211 else 0 for i in range(2200)]),
]
for name, vals in cases:
    for rev in (False, True):
        xs = [K(v, i) for i, v in enumerate(vals)]
        log.clear()
        out = sorted(xs, reverse=rev)
        ok = all(not (b.v < a.v) if not rev else not (a.v < b.v) for a, b in zip(out, out[1:]))
        print(name, len(vals), rev, len(log), digest(log), digest((x.i, 0) for x in out), ok)
# The first comparisons of a 65-item sort, exactly.
xs = [K(v, i) for i, v in enumerate([rnd(5) for _ in range(65)])]
log.clear()
xs.sort()
print(log[:40])
print(log[-40:])
print([x.i for x in xs])
# A __lt__ that is not an order still gives CPython's permutation.
class Odd:
    def __init__(self, i):
        self.i = i
    def __lt__(self, o):
        log.append((self.i, o.i))
        return (self.i * 7919 + o.i * 104729) % 11 < 5
log.clear()
out = sorted(Odd(i) for i in range(300))
print(len(log), digest(log), [x.i for x in out][:60])
N = float("nan")
print(sorted([3, N, 3, 2, 2, 1, 2, 0, 2, 1, 0, 2, 0, 2, 1, 3, 2, N, 0, N, 0, 2, 2, 0, 1, 1, 3, N, 3, 2, 2, 1, 2, 3, 1, 1, 0, 2, 0, 1, 0, 3, 2, 1, 3, 3, 2, N, 3, 2, 1, N, 1, 1, 0, 1, 1, N, 0, N, 0, 2, 0, N]))
# expect: random dups 100 False 489 463171670569158408 615672914641774210 True
# expect: random dups 100 True 485 1479903726093749509 1480734048056504790 True
# expect: random 3000 False 30692 1932662901138226744 2161033919515578781 True
# expect: random 3000 True 30691 408754890833203305 1454929729804493689 True
# expect: runs 2500 False 15181 476912781748881551 614163910822179608 True
# expect: runs 2500 True 17731 1615187798181646970 1874434152795482868 True
# expect: runs wide 4000 False 24266 464276223411222760 1320262041151605500 True
# expect: runs wide 4000 True 24222 1173080990321693985 2248552707525340601 True
# expect: sawtooth 1500 False 7446 912389154725046270 2268899098928942358 True
# expect: sawtooth 1500 True 7131 26470432435980813 1011798622009090428 True
# expect: descending 2000 False 10273 187672485806764086 1144899588878006269 True
# expect: descending 2000 True 1999 327017870397829928 550276950573621178 True
# expect: organ pipe 1400 False 2799 348628950335378421 1202441046584001046 True
# expect: organ pipe 1400 True 2798 1108511454767246914 999028692489775203 True
# expect: few swaps 2200 False 2498 532232906294185993 1135969277070536532 True
# expect: few swaps 2200 True 2472 1751334771162542596 2303323374480421423 True
# expect: [(1, 0), (2, 1), (2, 0), (3, 0), (3, 2), (4, 2), (4, 3), (5, 2), (5, 4), (6, 3), (6, 5), (6, 4), (7, 3), (7, 6), (7, 5), (8, 4), (8, 7), (8, 5), (9, 4), (9, 2), (9, 0), (9, 1), (10, 4), (10, 8), (10, 5), (11, 4), (11, 8), (11, 10), (12, 6), (12, 5), (12, 8), (13, 6), (13, 2), (13, 1), (13, 0), (14, 6), (14, 0), (14, 1), (14, 13), (15, 4)]
# expect: [(62, 5), (62, 31), (49, 31), (48, 31), (36, 31), (60, 31), (60, 29), (60, 27), (60, 26), (60, 20), (60, 12), (60, 8), (60, 30), (56, 30), (45, 30), (41, 30), (54, 30), (58, 30), (40, 30), (58, 28), (58, 25), (58, 24), (58, 19), (58, 16), (58, 7), (58, 6), (58, 4), (58, 3), (58, 2), (58, 18), (58, 0), (57, 18), (54, 18), (33, 18), (44, 18), (55, 18), (61, 18), (61, 14), (61, 13), (61, 1)]
# expect: [9, 15, 21, 35, 38, 39, 44, 50, 55, 61, 1, 13, 14, 18, 33, 53, 54, 57, 58, 0, 2, 3, 4, 6, 7, 16, 19, 24, 25, 28, 30, 40, 41, 42, 45, 56, 60, 8, 12, 20, 26, 27, 29, 31, 36, 48, 49, 62, 5, 10, 11, 17, 22, 23, 32, 34, 37, 43, 46, 47, 51, 52, 59, 63, 64]
# expect: 1902 2247571735040103079 [41, 74, 73, 62, 165, 77, 75, 44, 0, 38, 50, 60, 82, 40, 1, 22, 45, 55, 56, 78, 114, 126, 102, 91, 69, 68, 98, 4, 59, 81, 92, 80, 58, 48, 70, 96, 107, 118, 154, 71, 159, 170, 172, 128, 106, 95, 94, 84, 72, 155, 166, 180, 168, 46, 57, 19, 176, 143, 132, 121]
# expect: [3, nan, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, nan, nan, 2, 3, nan, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, nan, 3, nan, nan, nan, nan]
