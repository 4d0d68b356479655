# An unknown __future__ feature.
# expect error: SyntaxError: future feature nonexistent_feature is not defined
# expect error: line 4
from __future__ import nonexistent_feature
