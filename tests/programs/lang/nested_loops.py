# Nested loops with break/continue, enumerate and tuple targets.
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
# expect: 0 0
# expect: 1 0
# expect: 2 0
# expect: 2 2
for idx, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(idx, a + b)
# expect: 1 3
# expect: 2 7
total = 0
for ch in "a1b2c3":
    if ch.isdigit():
        total += int(ch)
print(total)
# expect: 6
i = 10
while i > 0:
    i -= 3
    if i == 4:
        continue
    print("i", i)
# expect: i 7
# expect: i 1
# expect: i -2
