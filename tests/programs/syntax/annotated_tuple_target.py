# Only single targets can be annotated.
# expect error: SyntaxError: only single target (not tuple) can be annotated
# expect error: line 4
a, b: int
