# textwrap.shorten, dedent and indent (with and without a predicate).
import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("  lots \t of \n\n whitespace  ", 100)))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 20))
print(textwrap.shorten("Supercalifragilistic", 10))
try:
    textwrap.shorten("text", 3)
except ValueError as e:
    print("ValueError:", e)

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("    a\n\n  \n      b\n   \t\n")))
print(repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")), repr(textwrap.dedent("   ")))
print(repr(textwrap.dedent("  \t a\n  \t b\n  \tc")))
print(textwrap.dedent('''
    def f():
        return 1
'''))
for bad in (5, b"  x"):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("TypeError:", e)

print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\x0bd\u2028e", "+")))
print(repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
print(repr(textwrap.indent("short\nlonger line\n", "# ", predicate=lambda line: len(line) > 6)))
print(repr(textwrap.indent("", "> ")))
# expect: Hello world!
# expect: Hello [...]
# expect: Hello...
# expect: 'lots of whitespace'
# expect: The quick [...]
# expect: [...]
# expect: ValueError: placeholder too large for max width
# expect: 'a\n  b\nc\n'
# expect: 'a\n\tb\n'
# expect: '  a\n\tb\n'
# expect: 'a\n\n\n  b\n\n'
# expect: 'x\r\ny\r\n'
# expect: 'no indent\n  here' '' ''
# expect: ' a\n b\nc'
# expect: 
# expect: def f():
# expect:     return 1
# expect: 
# expect: TypeError: expected string or bytes-like object, got 'int'
# expect: TypeError: cannot use a string pattern on a bytes-like object
# expect: '> a\n\n> b\n  \n> c'
# expect: '+a\r\n+b\r+c\x0b+d\u2028+e'
# expect: '> a\n> \n> b\n'
# expect: 'short\n# longer line\n'
# expect: ''
