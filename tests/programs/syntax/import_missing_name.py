# from ... import with nothing imported.
# expect error: SyntaxError: invalid syntax
# expect error: line 4
from os import
