# statistics.mode (the first of equally common values) and multimode (all of them, in first-seen order) over any hashable data.
import statistics

print(statistics.mode(["red", "red", "green", "blue", "blue"]), statistics.mode([1, 2, 2, 1]), statistics.mode("aab"), statistics.mode(iter([3, 3, 1])), statistics.mode([1.5]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([1, 1, 2, 2, 3]), statistics.multimode(iter("abcab")), statistics.multimode([]))
print(statistics.mode([(1, 2), (1, 2), (3,)]), statistics.mode([True, 1, 1.0, 2]))
for call in [lambda: statistics.mode([]), lambda: statistics.mode([[1], [1]])]:
    try:
        print(call())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
# expect: red 1 a 3 1.5
# expect: ['b', 'd', 'f'] [1, 2] ['a', 'b'] []
# expect: (1, 2) True
# expect: StatisticsError no mode for empty data
# expect: TypeError unhashable type: 'list'
