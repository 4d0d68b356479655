# A module function named like a consuming builtin may keep the generator it is given: it is not closed after the call
def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "closed")

def next(it):
    # A module function named like the builtin: the generator may be kept.
    kept.append(it)
    return "mine"

kept = []
print(next(numbers("shadowed")))
print("after call")
print(list(kept[0]))
print("end")
# expect: mine
# expect: after call
# expect: shadowed closed
# expect: [1, 2]
# expect: end
