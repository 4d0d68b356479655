# `await` in a plain function is rejected before anything runs.
# expect error: SyntaxError: 'await' outside async function
# expect error: line 6
print("never printed")
def f():
    await g()
