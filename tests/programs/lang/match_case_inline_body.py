# A case clause's body may follow its colon on the same line; case and
# match stay usable as plain names.
def describe(x):
    match x:
        case 0: return "zero"
        case 1 | 2: print("small"); return "one or two"
        case {"k": v}: return f"dict with {v}"
        case [a, b] if a < b: return "ascending pair"
        case str() as s if (lambda t: len(t) > 2)(s): return "long string"
        case _:
            return "other"
for v in [0, 1, 2, {"k": 5}, [1, 2], [2, 1], "abc", "a"]:
    print(describe(v))
case = {1: 2}
case[1] = 3
print(case)
match = 4
print(match)
# expect: zero
# expect: small
# expect: one or two
# expect: small
# expect: one or two
# expect: dict with 5
# expect: ascending pair
# expect: other
# expect: long string
# expect: other
# expect: {1: 3}
# expect: 4
