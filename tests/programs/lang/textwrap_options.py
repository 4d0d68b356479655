# textwrap.TextWrapper's constructor options: indents, tabs, whitespace, sentence endings, long words, max_lines and placeholder, and their errors.
import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore."
w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="    ")
print(w.wrap(text))
print(textwrap.fill(text, 25, initial_indent="> ", subsequent_indent="> "))

# Tabs: expanded to tabsize columns, or (expand_tabs=False) one space each.
print(textwrap.wrap("a\tb\tc\td", 40), textwrap.wrap("a\tb\tc", 40, tabsize=4), textwrap.wrap("a\tb", 40, tabsize=0))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False))
print(textwrap.wrap("a\tb\nc\rd", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("one\ntwo  three", 40, replace_whitespace=False))

# drop_whitespace=False keeps the spaces at the ends of lines.
print(textwrap.wrap("  hello   world  again ", 8, drop_whitespace=False))

# fix_sentence_endings: two spaces after a sentence's end.
print(textwrap.fill("It was late. He left! Did she? 'Yes.' Mr. Smith said \"no.\" OK.", 80, fix_sentence_endings=True))

# break_long_words=False: long words overflow the width.
print(textwrap.wrap("a verylongwordindeed b", 6, break_long_words=False))
print(textwrap.wrap("a verylongwordindeed b", 6))

# break_on_hyphens=False: hyphens are ordinary characters (only True itself splits at them).
print(textwrap.wrap("well-known long-winded", 12, break_on_hyphens=False))
print(textwrap.TextWrapper(break_on_hyphens=1)._split("a-b well-known"))

# max_lines and placeholder.
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("hello world", 11, max_lines=1), textwrap.wrap("hello world ", 11, max_lines=1))

# Errors, with CPython's messages.
for kwargs in ({"width": 0}, {"width": -5}, {"width": 5, "max_lines": 1, "placeholder": " [......]"},
               {"width": 8, "max_lines": 2, "subsequent_indent": "     ", "placeholder": "[..]"}):
    try:
        textwrap.wrap("some text", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print("ValueError even for no text:", e)
try:
    textwrap.TextWrapper(30, "", "", True, True, False, True, True, True, 8, 3)
except TypeError as e:
    print("TypeError")

# The attributes are plain and may be changed between calls.
w = textwrap.TextWrapper()
print(w.width, repr(w.initial_indent), w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder), w.break_on_hyphens)
w.width = 10
print(w.wrap(text)[:3])
# expect: ['* Lorem ipsum dolor sit amet,', '    consectetur adipiscing', '    elit. Sed do eiusmod', '    tempor incididunt ut', '    labore.']
# expect: > Lorem ipsum dolor sit
# expect: > amet, consectetur
# expect: > adipiscing elit. Sed do
# expect: > eiusmod tempor
# expect: > incididunt ut labore.
# expect: ['a       b       c       d'] ['a   b   c'] ['ab']
# expect: ['a b c']
# expect: ['a\tb\nc\rd']
# expect: ['one\ntwo  three']
# expect: ['  hello', '   world', '  again ']
# expect: It was late.  He left!  Did she?  'Yes.'  Mr.  Smith said "no."  OK.
# expect: ['a', 'verylongwordindeed', 'b']
# expect: ['a very', 'longwo', 'rdinde', 'ed b']
# expect: ['well-known', 'long-winded']
# expect: ['a-b', ' ', 'well-known']
# expect: 1 ['Lorem ipsum dolor sit [...]']
# expect: 2 ['Lorem ipsum dolor sit amet,', 'consectetur adipiscing [...]']
# expect: 3 ['Lorem ipsum dolor sit amet,', 'consectetur adipiscing elit.', 'Sed do eiusmod tempor [...]']
# expect: 10 ['Lorem ipsum dolor sit amet,', 'consectetur adipiscing elit.', 'Sed do eiusmod tempor', 'incididunt ut labore.']
# expect: ['Lorem ipsum dolor sit amet,', 'consectetur adipiscing...']
# expect: ['aaaa bbbb', 'cccc dddd']
# expect: ['hello world'] ['hello world']
# expect: ValueError: invalid width 0 (must be > 0)
# expect: ValueError: invalid width -5 (must be > 0)
# expect: ValueError: placeholder too large for max width
# expect: ValueError: placeholder too large for max width
# expect: ValueError even for no text: invalid width 0 (must be > 0)
# expect: TypeError
# expect: 70 '' True 8 None ' [...]' True
# expect: ['Lorem', 'ipsum', 'dolor sit']
