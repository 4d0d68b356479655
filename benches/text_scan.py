# Scans long non-ASCII text by index, slice, find and iteration, as a
# hand-written tokenizer does: each operation must cost O(1) in the position,
# not a walk from the start of the text.
import re

words = ["größe", "café", "naïve", "Σίσυφος", "東京", "😀", "zoë", "x1", "ünïcode"]
text = " ".join(words[(k * 7) % len(words)] for k in range(40000))


def tokens(s):
    out, i, n = [], 0, len(s)
    while i < n:
        j = s.find(" ", i)
        if j < 0:
            j = n
        out.append(s[i:j])
        i = j + 1
    return out


def letters(s):
    return sum(1 for c in s if c.isalpha())


def windows(s):
    hits = 0
    for i in range(0, len(s) - 4, 3):
        if s[i] == "é" or s[i:i + 2] == "東京":
            hits += 1
    return hits


total = 0
for _ in range(3):
    total += len(tokens(text)) + letters(text) + windows(text)
    total += len(re.findall(r"\w+", text))
print(total)
