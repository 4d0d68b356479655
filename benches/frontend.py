#!/usr/bin/env python3
"""Front-end speed: times `coro check` on a generated 100,000-line program.

usage: benches/frontend.py [--coro target/release/coro] [--lines 100000] [-n 5]

Prints the median wall time of `coro check` and, for scale, of CPython
compiling the same file (`python3 -c "compile(...)"`, start-up included).
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

CHUNK = '''
class Shape{i}(Base):
    """A generated class."""
    def __init__(self, x: int, y: float = 1.5, *args, scale=2, **kw):
        self.x, self.y = x, y
        self.items = [a * scale for a in args if a % 3 != 0]
        self.table = {{k: v for k, v in kw.items()}}

    async def fetch(self, client, *, retries=3):
        for attempt in range(retries):
            try:
                reply = await client.get(f"/shape/{{self.x:>08}}?y={{self.y!r}}")
            except (TimeoutError, OSError) as exc:
                print("retry", attempt, exc, sep=", ")
                continue
            else:
                return reply.body[1:-1] if reply.ok else None
        raise RuntimeError("gave up") from None

    def area(self) -> float:
        total = 0
        while total < 10 ** 6 and not self.done:
            total += (self.x << 2) // 3 - -self.y ** 2 % 7
        return lambda s=total: s * 0.5 if s else -1.0
'''


def generate(lines):
    parts = ["class Base:\n    done = True\n"]
    count = 2
    i = 0
    while count < lines:
        text = CHUNK.format(i=i)
        parts.append(text)
        count += text.count("\n")
        i += 1
    return "".join(parts)


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coro", default="target/release/coro")
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.py")
        with open(path, "w") as f:
            f.write(generate(args.lines))
        n = sum(1 for _ in open(path))
        coro = median_time([args.coro, "check", path], args.n)
        py = median_time(["python3", "-c", f"compile(open({path!r}).read(), 'big.py', 'exec')"], args.n)
        print(f"lines: {n}")
        print(f"coro check: {coro:.3f} s")
        print(f"python3 compile: {py:.3f} s  (ratio coro/python3: {coro / py:.2f})")


if __name__ == "__main__":
    main()
