"""The module's docstring is its __doc__."""
print(__doc__)
# expect: The module's docstring is its __doc__.
