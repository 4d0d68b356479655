# 'break' leaving an except* block.
# expect error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
# expect error: line 8
for i in []:
    try:
        pass
    except* ValueError:
        break
