# String concatenation, comparison, membership, iteration and literals.
s = "abc" + "def"
print(s, "cd" in s, "x" not in s, "" in s, s < "abd", "Z" < "a", "abc" == "ab" + "c")
# expect: abcdef True True True True True True
print(len(""), len("héllo"), "ab" * 3, max("hello"), min("hello"), sorted("cab"))
# expect: 0 5 ababab o e ['a', 'b', 'c']
print('single', "double", '''triple''', """also "triple" """, r"raw\n", "esc\\n", "tab\tx")
# expect: single double triple also "triple"  raw\n esc\n tab	x
print("implicit" " concat", "\u00e9\N{BULLET}\x41\101", len("\n"))
# expect: implicit concat é•AA 1
print(list("héj"), [c for c in "ab"], "".join(reversed("stressed")))
# expect: ['h', 'é', 'j'] ['a', 'b'] desserts
print("a" "b" == "ab", str(123) + "4", "%" + "d", "{}".format(1) + "2")
# expect: True 1234 %d 12
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
print("multi\nline")
# expect: multi
# expect: line
