# A generator made in the argument of a consuming builtin (next, any, all, min, sorted, list, sum...) closes as the call returns or raises, as reference counting drops the temporary
def numbers(tag, bad):
    try:
        yield 1
        yield 2
        if bad:
            yield "x"
        yield 3
    finally:
        print(tag, "closed")

print(next(numbers("next", False)))
print("after next")
print(next(numbers("next-default", False), None), next(iter([]), "empty"))
print(any(x > 1 for x in numbers("any", False)))
print("after any")
print(all(x < 2 for x in numbers("all", False)))
print("after all")
print(min(numbers("min", False)), max(x for x in numbers("max", False)), sorted(numbers("sorted", False), reverse=True) if False else sorted(numbers("sorted", False)))
print(list(numbers("list", False)), tuple(x * 2 for x in numbers("tuple", False)))
try:
    print(sum(numbers("sum", True)))
except TypeError as e:
    print("TypeError", e)
print("after sum")
def first(it):
    for v in it:
        return v
def pick():
    return next(numbers("in function", False))
print(pick())
print("after pick")
gen_list = [numbers("kept", False)]
print(next(gen_list[0]))
print("kept is not closed yet")
print("end")
# expect: next closed
# expect: 1
# expect: after next
# expect: next-default closed
# expect: 1 empty
# expect: any closed
# expect: True
# expect: after any
# expect: all closed
# expect: False
# expect: after all
# expect: min closed
# expect: max closed
# expect: sorted closed
# expect: 1 3 [1, 2, 3]
# expect: list closed
# expect: tuple closed
# expect: [1, 2, 3] (2, 4, 6)
# expect: sum closed
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: after sum
# expect: in function closed
# expect: 1
# expect: after pick
# expect: 1
# expect: kept is not closed yet
# expect: end
# expect: kept closed
