# A helper module for import_star_all.py: its __all__ names a private name
# and one its __getattr__ makes; run alone it prints its own name.
__all__ = ["a", "lazy", "_private"]
a = 1
b = 2
_private = 3


def __getattr__(name):
    if name == "lazy":
        return "made lazily"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


print("star_all_helper loaded as", __name__)
# expect: star_all_helper loaded as __main__
