# add_note appends to __notes__, and an uncaught exception prints its notes after its line.
e = ValueError("v")
print(hasattr(e, "__notes__"))
# expect: False
e.add_note("hint")
e.add_note("second\nline")
print(e.__notes__)
# expect: ['hint', 'second\nline']
try:
    e.add_note(3)
except TypeError as t:
    print(t)
    # expect: note must be a str, not 'int'
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k2:
    print(k2.__notes__)
    # expect: ['while looking up']
eg = ExceptionGroup("many", [ValueError(1)])
eg.add_note("group note")
raise e
# expect error: ValueError: v
# expect error: hint
# expect error: second
# expect exit: 1
