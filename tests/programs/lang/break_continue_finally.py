# break and continue inside try/finally run the finally block.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: body 2
# expect: finally 2
# expect: finally 3
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "returned"
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
print(f())
# expect: inner finally 0
# expect: outer finally 0
# expect: inner finally 1
# expect: outer finally 1
# expect: returned
n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("while finally", n)
# expect: while finally 1
# expect: while finally 2
# expect: while finally 3
