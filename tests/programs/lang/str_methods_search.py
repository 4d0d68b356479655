# Searching, counting and testing str methods.
s = "banana"
print(s.find("an"), s.find("an", 2), s.rfind("an"), s.find("x"), s.index("n"), s.rindex("a"))
# expect: 1 3 3 -1 2 5
print(s.count("a"), s.count("an"), s.count(""), "".count(""), s.count("a", 2, 4))
# expect: 3 2 7 1 1
print(s.startswith("ban"), s.endswith(("x", "na")), s.startswith("an", 1), "na" in s)
# expect: True True True True
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: substring not found
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("", "-"))
# expect: bonono bonona -b-a-n-a-n-a-
print("héllo wörld".find("w"), "日本語".index("語"))
# expect: 6 2
print(s.partition("n"), s.rpartition("n"), s.partition("x"))
# expect: ('ba', 'n', 'ana') ('bana', 'n', 'a') ('banana', '', '')
print(s.removeprefix("ban"), s.removesuffix("na"), s.removeprefix("x"))
# expect: ana bana banana
