# Functions with more than eight parameter slots are compiled on first call too
# (entered through their array entry): plain, methods, coroutines, lambdas.
def wide(a, b, c, d, e, f, g, h, i, j=10):
    return a + b + c + d + e + f + g + h + i + j

class K:
    def __init__(self, a, b, c, d, e, f, g, h, i):
        self.s = a + b + c + d + e + f + g + h + i

print(wide(1, 2, 3, 4, 5, 6, 7, 8, 9), wide(*range(10)), K(*range(9)).s)
import asyncio
async def w(a, b, c, d, e, f, g, h, i):
    await asyncio.sleep(0)
    return a * i
print(asyncio.run(w(*range(1, 10))))
l = lambda a, b, c, d, e, f, g, h, i, j: j
print(l(*range(10)), [wide(*range(k, k + 9)) for k in range(3)])
# expect: 55 45 36
# expect: 9
# expect: 9 [46, 55, 64]
