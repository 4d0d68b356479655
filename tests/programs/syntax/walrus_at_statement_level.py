# An unparenthesised walrus statement.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
x := 1
