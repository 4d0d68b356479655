# Sequence patterns over ranges: a huge range is refused by its length without being listed; small ones match item by item.
match range(10**12):
    case []:
        print("empty?!")
    case [a, b]:
        print(a)
    case range():
        print("big range")
        # expect: big range
match range(3):
    case [a, *b]:
        print(a, b)
        # expect: 0 [1, 2]
match range(0):
    case []:
        print("empty range")
        # expect: empty range
