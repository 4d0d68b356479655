# A helper module for import_star_all.py: its __all__ names a missing name.
__all__ = ["x", "missing"]
x = 1
print("star_all_bad_helper loaded as", __name__)
# expect: star_all_bad_helper loaded as __main__
