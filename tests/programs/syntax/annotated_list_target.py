# Only single targets can be annotated (list).
# expect error: SyntaxError: only single target (not list) can be annotated
# expect error: line 4
[a, b]: int
