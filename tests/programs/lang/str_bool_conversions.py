# str() and bool() of many kinds of value.
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}))
# expect: 1 1.0 None True [1, 'a'] (1,) {'k': 1}
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\n\\"))
# expect: "it's" 'say "hi"' 'both \' and "' 'tab\t\n\\'
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(()), bool(None))
# expect: False False False False False False False False
print(bool(1), bool(-0.1), bool(" "), bool([0]), bool({0: 0}), bool(range(0)), bool(range(1)))
# expect: True True True True True False True
print(str(), bool(), repr(str()), str(-0.0), str(10 ** 25))
# expect:  False '' -0.0 10000000000000000000000000
print(repr("\x00\x7f\xe9\u20ac"), repr("😀"), ascii("é") if False else "no ascii")
# expect: '\x00\x7fé€' '😀' no ascii
