# An error in a field of the second line of a triple-quoted f-string.
# expect error: SyntaxError: f-string: invalid syntax
# expect error: line 5
x = f'''
{1 +}'''
