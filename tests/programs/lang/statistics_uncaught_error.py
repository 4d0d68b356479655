# An uncaught StatisticsError is reported with its module-qualified name.
import statistics

print(statistics.median([3, 1, 2]))
statistics.median([])
# expect: 2
# expect error: statistics.StatisticsError: no median for empty data
