# `from m import *` imports the names m.__all__ lists (through a module
# __getattr__ too, private names included), else its public globals.
from star_all_helper import *
print(a, lazy, _private)
try:
    b
except NameError as e:
    print("NameError:", e)
try:
    from star_all_bad_helper import *
except AttributeError as e:
    print("AttributeError:", e)
print(x)
from dataclasses import *
print(make_dataclass("D", ["v"])(1), MISSING is not None)
from json import *
print(dumps([1]), "JSONDecoder" in globals(), "scanner" in globals())
# expect: star_all_helper loaded as star_all_helper
# expect: 1 made lazily 3
# expect: NameError: name 'b' is not defined
# expect: star_all_bad_helper loaded as star_all_bad_helper
# expect: AttributeError: module 'star_all_bad_helper' has no attribute 'missing'
# expect: 1
# expect: D(v=1) True
# expect: [1] True False
