# repr() of str escapes non-printable characters the way CPython does.
for s in ["plain", "tab\there", "nl\n", "cr\r", "bell\a", "\x00", "\x7f", "é", "\u200b", "\u2028", "\U0001f600", "\ufeff", "\xad", "\x85", "back\\slash"]:
    print(repr(s))
# expect: 'plain'
# expect: 'tab\there'
# expect: 'nl\n'
# expect: 'cr\r'
# expect: 'bell\x07'
# expect: '\x00'
# expect: '\x7f'
# expect: 'é'
# expect: '\u200b'
# expect: '\u2028'
# expect: '😀'
# expect: '\ufeff'
# expect: '\xad'
# expect: '\x85'
# expect: 'back\\slash'
print(repr("'"), repr('"'), repr("'\""), repr("it's \"q\""))
# expect: "'" '"' '\'"' 'it\'s "q"'
print(str("\u200b") == "\u200b", len(repr("\u200b")))
# expect: True 8
