# A tab and eight spaces are the same column but not the same indentation.
# expect error: TabError: inconsistent use of tabs and spaces in indentation
# expect error: line 6
if True:
	x = 1
        y = 2
