# from __future__ after other statements.
# expect error: SyntaxError: from __future__ imports must occur at the beginning of the file
# expect error: line 5
x = 1
from __future__ import annotations
