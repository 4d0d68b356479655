# A \N escape naming no character.
# expect error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name
# expect error: line 4
s = '\N{NO SUCH CHARACTER NAME}'
