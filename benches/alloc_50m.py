# Memory under churn: 50 million short-lived objects (issue 3 asks for a
# peak RSS under 50 MB). Run with ../shared/bench/run, which reports the
# peak memory of each runtime.
class P:
    def __init__(self, x):
        self.x = x


total = 0
for i in range(50_000_000):
    p = P(i)
    total += p.x & 1
print(total)
