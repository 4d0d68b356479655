# textwrap.wrap and fill: greedy line filling, whitespace handling, long words, hyphenated words and dashes.
import textwrap

text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!"
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))

# Whitespace (newlines, tabs) becomes spaces; lines never start or end with it.
print(textwrap.wrap("  leading\tand\ntrailing   spaces  here  ", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")

# Words longer than the width are cut; after a hyphen when one fits.
print(textwrap.wrap("a supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("extraordinary-long-compound-words-everywhere", 12))
print(textwrap.wrap("----------", 4), textwrap.wrap("ab---------cd", 5))

# Chunking at hyphens of compound words and around dashes between words.
w = textwrap.TextWrapper()
print(w._split("Hello there -- you goof-ball, use the -b option!"))
print(w._split("a-b-c well-known x--y --z a-- 1-2 ab-cd-ef-gh e-mail re-enter.done"))
print(w._split("déjà-vu naïve--café l_m-n_o"))
print(textwrap.wrap("well-known forward-looking state-of-the-art", 11))

# Non-ASCII whitespace does not break words.
print(textwrap.wrap("no\xa0break\u3000here and there", 8))
# expect: 10 ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. Pack', 'my box', 'with five', 'dozen', 'liquor', 'jugs!']
# expect: 20 ['The quick brown fox', 'jumps over the lazy', 'dog. Pack my box', 'with five dozen', 'liquor jugs!']
# expect: 35 ['The quick brown fox jumps over the', 'lazy dog. Pack my box with five', 'dozen liquor jugs!']
# expect: 70 ['The quick brown fox jumps over the lazy dog. Pack my box with five', 'dozen liquor jugs!']
# expect: The quick brown fox jumps over
# expect: the lazy dog. Pack my box with
# expect: five dozen liquor jugs!
# expect: ['  leading', 'and trailing', 'spaces  here']
# expect: [] [] True
# expect: ['a supercal', 'ifragilist', 'icexpialid', 'ocious', 'word']
# expect: ['extraordinar', 'y-long-', 'compound-', 'words-', 'everywhere']
# expect: ['----', '----', '--'] ['ab---', '-----', '-cd']
# expect: ['Hello', ' ', 'there', ' ', '--', ' ', 'you', ' ', 'goof-', 'ball,', ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!']
# expect: ['a-b-c', ' ', 'well-', 'known', ' ', 'x', '--', 'y', ' ', '--z', ' ', 'a--', ' ', '1-2', ' ', 'ab-', 'cd-', 'ef-', 'gh', ' ', 'e-mail', ' ', 're-', 'enter.done']
# expect: ['déjà-', 'vu', ' ', 'naïve', '--', 'café', ' ', 'l_m-', 'n_o']
# expect: ['well-known', 'forward-', 'looking', 'state-of-', 'the-art']
# expect: ['no\xa0break', '\u3000here', 'and', 'there']
