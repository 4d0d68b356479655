# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), sorted(t.items()))
# expect: xxyyzz [(97, 120), (98, 121), (99, 122)]
t2 = str.maketrans("ab", "AB", "z")
print("a-b-z".translate(t2))
# expect: A-B-
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print("abcabc".translate(t3))
# expect: 133133
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None}))
# expect: heLLo ello
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: the first two maketrans arguments must have equal length
