# A character no token starts with.
# expect error: SyntaxError: invalid character '€' (U+20AC)
# expect error: line 5
x = 1
y = x € 2
