# str.format's errors for braces left open, lone braces and bad
# conversions, with CPython's messages.
for t in ["{", "}", "{0!x}", "{0", "{!r", "a{b", "{0:{1}", "{}}", "{0!r:>5", "{a[", "{0:x", "{:", "x{", "{0!}", "{0!rr}"]:
    try:
        t.format(1, 2)
    except (ValueError, KeyError, IndexError) as e:
        print(repr(t), type(e).__name__, e)
        # expect: '{' ValueError Single '{' encountered in format string
        # expect: '}' ValueError Single '}' encountered in format string
        # expect: '{0!x}' ValueError Unknown conversion specifier x
        # expect: '{0' ValueError expected '}' before end of string
        # expect: '{!r' ValueError unmatched '{' in format spec
        # expect: 'a{b' ValueError expected '}' before end of string
        # expect: '{0:{1}' ValueError unmatched '{' in format spec
        # expect: '{}}' ValueError Single '}' encountered in format string
        # expect: '{0!r:>5' ValueError unmatched '{' in format spec
        # expect: '{a[' ValueError expected '}' before end of string
        # expect: '{0:x' ValueError unmatched '{' in format spec
        # expect: '{:' ValueError unmatched '{' in format spec
        # expect: 'x{' ValueError Single '{' encountered in format string
        # expect: '{0!}' ValueError unmatched '{' in format spec
        # expect: '{0!rr}' ValueError expected ':' after conversion specifier
