# Builds strings by `s += piece` in a loop, which CPython makes linear by
# resizing in place; coro appends at the tip of a shared buffer.
def build(n):
    s = ''
    for i in range(n):
        s += 'x'
        if i % 10 == 0:
            s += str(i)
    return s


total = 0
for _ in range(5):
    total += len(build(400000))
print(total)
