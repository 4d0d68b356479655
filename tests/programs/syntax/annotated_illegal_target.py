# Annotating a call.
# expect error: SyntaxError: illegal target for annotation
# expect error: line 4
f(): int
