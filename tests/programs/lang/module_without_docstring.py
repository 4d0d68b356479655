# A module without a docstring has __doc__ None.
print(__doc__)
# expect: None
