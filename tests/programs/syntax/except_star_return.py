# 'return' leaving an except* block.
# expect error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
# expect error: line 8
def f():
    try:
        pass
    except* ValueError:
        return
