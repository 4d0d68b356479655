# 'continue' in a for loop's else clause.
# expect error: SyntaxError: 'continue' not properly in loop
# expect error: line 7
for i in []:
    pass
else:
    continue
