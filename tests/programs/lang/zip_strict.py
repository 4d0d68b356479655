# zip(strict=True) raises when the iterables have different lengths.
print(list(zip([1, 2], "ab", strict=True)), list(zip([1], strict=True)), list(zip(strict=True)))
# expect: [(1, 'a'), (2, 'b')] [(1,)] []
for a, b in zip([1, 2, 3], [4, 5], strict=False):
    print(a, b)
# expect: 1 4
# expect: 2 5
for args in ([[1, 2], [1]], [[1], [1, 2]], [[1], [1], [1, 2]], [[1, 2], [1, 2], [1]]):
    try:
        for t in zip(*args, strict=True):
            print("got", t)
    except ValueError as e:
        print("ValueError:", e)
# expect: got (1, 1)
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: got (1, 1)
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: got (1, 1, 1)
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: got (1, 1, 1)
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
