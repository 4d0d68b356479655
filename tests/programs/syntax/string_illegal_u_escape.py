# A \U escape beyond the Unicode range.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
# expect error: line 4
s = '\U00110000'
