# for/else and while/else run the else block only without break.
for i in range(3):
    if i == 5:
        break
else:
    print("for completed")
# expect: for completed
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
# expect: broke at 2
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
# expect: while completed 3
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
# expect: empty for else
for i in range(5):
    if i % 2:
        continue
    print("even", i)
# expect: even 0
# expect: even 2
# expect: even 4
