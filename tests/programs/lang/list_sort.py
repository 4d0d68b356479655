# sort and sorted with key and reverse; both are stable.
words = ["banana", "Apple", "cherry", "apple", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
# expect: ['Apple', 'Fig', 'apple', 'banana', 'cherry', 'date'] ['Apple', 'apple', 'banana', 'cherry', 'date', 'Fig'] ['Fig', 'date', 'Apple', 'apple', 'banana', 'cherry']
print(sorted(words, key=len, reverse=True))
# expect: ['banana', 'cherry', 'Apple', 'apple', 'date', 'Fig']
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
# expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
# expect: [(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]
nums = [3, -1, 2.5, 0, -7, 10 ** 20]
nums.sort()
print(nums, sorted(nums, key=abs, reverse=True))
# expect: [-7, -1, 0, 2.5, 3, 100000000000000000000] [100000000000000000000, -7, 3, 2.5, -1, 0]
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted([], reverse=True))
# expect: ['e', 'h', 'l', 'l', 'o'] [1, 3] [1, 2] []
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
try:
    sorted([1], 1)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: sorted expected 1 argument, got 2
