# A misspelt module attribute suggests the nearest module global.
import math
print(math.floor(2.5))
math.sqr(2)
# expect: 2
# expect error: AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?
