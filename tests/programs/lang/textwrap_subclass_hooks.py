# textwrap.TextWrapper's internals may be overridden by a subclass: _munge_whitespace, _split, _split_chunks, _fix_sentence_endings, _handle_long_word, _wrap_chunks.
import textwrap


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=12).wrap("shout\tthis text please"))


class Commas(textwrap.TextWrapper):
    def _split(self, text):
        chunks = []
        for i, part in enumerate(text.split(",")):
            if i:
                chunks.append(",")
            chunks.append(part)
        return [c for c in chunks if c]


print(Commas(width=8).wrap("aa,bb,cc,dd,ee"))


class Logged(textwrap.TextWrapper):
    def _split_chunks(self, text):
        chunks = super()._split_chunks(text)
        print("chunks:", chunks)
        return chunks

    def _fix_sentence_endings(self, chunks):
        super()._fix_sentence_endings(chunks)
        print("fixed:", chunks)

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        print("long:", reversed_chunks[-1], cur_line, cur_len, width)
        cur_line.append(reversed_chunks.pop()[:width - cur_len] + "~")


print(Logged(width=10, fix_sentence_endings=True).wrap("Hi there. Antidisestablishmentarianism rules."))


class Numbered(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        lines = super()._wrap_chunks(chunks)
        return ["%d: %s" % (i, line) for i, line in enumerate(lines, 1)]


print(Numbered(width=15).fill("one two three four five six seven"))

# The chunking patterns are class attributes with split/search methods.
w = textwrap.TextWrapper()
print([c for c in w.wordsep_re.split("a well-known -- thing") if c])
print([c for c in w.wordsep_simple_re.split("a well-known\t-- thing") if c])
print(bool(w.sentence_end_re.search("end.")), bool(w.sentence_end_re.search("End")), w.sentence_end_re.search('said."').group())
# expect: ['SHOUT   THIS', 'TEXT PLEASE']
# expect: ['aa,bb,cc', ',dd,ee']
# expect: chunks: ['Hi', ' ', 'there.', ' ', 'Antidisestablishmentarianism', ' ', 'rules.']
# expect: fixed: ['Hi', ' ', 'there.', '  ', 'Antidisestablishmentarianism', ' ', 'rules.']
# expect: long: Antidisestablishmentarianism [] 0 10
# expect: ['Hi there.', 'Antidisest~', 'rules.']
# expect: 1: one two three
# expect: 2: four five six
# expect: 3: seven
# expect: ['a', ' ', 'well-', 'known', ' ', '--', ' ', 'thing']
# expect: ['a', ' ', 'well-known', '\t', '--', ' ', 'thing']
# expect: True False d."
