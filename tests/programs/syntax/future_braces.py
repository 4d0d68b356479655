# The famous easter egg.
# expect error: SyntaxError: not a chance
# expect error: line 4
from __future__ import braces
