# covariance, correlation and linear_regression (plain and proportional, a LinearRegression named tuple), and their errors.
import statistics

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y), statistics.correlation(x, x), statistics.correlation(x, x[::-1]))
fit = statistics.linear_regression(x, y)
print(fit, fit.slope, fit.intercept, fit._fields, statistics.linear_regression(x, y, proportional=True))
print(statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), statistics.covariance([0.1, 0.2, 0.35], [1.5, 1.25, 3.0]))
years = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
print(statistics.linear_regression(years, films_total))
calls = [lambda: statistics.correlation(x, [1] * 9), lambda: statistics.linear_regression([1] * 9, x), lambda: statistics.covariance([1], [2]),
         lambda: statistics.covariance([1, 2], [2]), lambda: statistics.correlation([1, 2], [1]), lambda: statistics.linear_regression([1], [1]),
         lambda: statistics.linear_regression([0, 0], [1, 2], proportional=True), lambda: statistics.covariance(iter([1, 2]), [3, 4])]
for call in calls:
    try:
        print(call())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
# expect: 0.75 0.31622776601683794 1.0 -1.0
# expect: LinearRegression(slope=0.1, intercept=1.5) 0.1 1.5 ('slope', 'intercept') LinearRegression(slope=0.3368421052631579, intercept=0.0)
# expect: LinearRegression(slope=2.0, intercept=1.0) 0.10208333333333332
# expect: LinearRegression(slope=0.31, intercept=-610.18)
# expect: StatisticsError at least one of the inputs is constant
# expect: StatisticsError x is constant
# expect: StatisticsError covariance requires at least two data points
# expect: StatisticsError covariance requires that both inputs have same number of data points
# expect: StatisticsError correlation requires that both inputs have same number of data points
# expect: StatisticsError linear regression requires at least two data points
# expect: StatisticsError x is constant
# expect: TypeError object of type 'list_iterator' has no len()
