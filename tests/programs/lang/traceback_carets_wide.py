# Carets under a line with wide characters take two columns for each, as
# on a terminal (CPython's unicodedata.east_asian_width).
import traceback


def t(f):
    try:
        f()
    except Exception:
        print("\n".join(traceback.format_exc().splitlines()[-3:-1]))


def a():
    x = {"é": 1}["ü"]


def b():
    y = ("日本" +
         1)


def c():
    z = "日本語" + "🎉" + 1


for fn in [a, b, c]:
    t(fn)
# expect:     x = {"é": 1}["ü"]
# expect:         ~~~~~~~~^^^^^
# expect:     y = ("日本" +
# expect:          ^^^^^^^^
# expect:     z = "日本語" + "🎉" + 1
# expect:         ~~~~~~~~~~~~~~~~^~~
