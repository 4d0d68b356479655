# Long non-ASCII text: indexing, slicing, searching and iterating agree with a
# list of its characters at every position (the text is long enough that
# indices go through checkpoints rather than walks from an end).
text = "".join("aé€😀 Σb"[(k * 3) % 7] + "xyzéΣ"[k % 5] for k in range(3000))
chars = list(text)
print(len(text), len(chars), text[:12], text[-12:])
ok = True
for i in range(0, len(text), 97):
    ok = ok and text[i] == chars[i] and text[-i - 1] == chars[-i - 1]
    for j in (i, i + 1, i + 130, i + 1000, len(text)):
        ok = ok and text[i:j] == "".join(chars[i:j])
    ok = ok and text[i::131] == "".join(chars[i::131])
    ok = ok and text[i::-129] == "".join(chars[i::-129])
    ok = ok and text[j:i:-3] == "".join(chars[j:i:-3])
print("index and slice", ok)
found = []
pos = 0
while True:
    pos = text.find("😀", pos)
    if pos < 0:
        break
    found.append(pos)
    pos += 1
print(len(found), found[:5], found[-3:], found == [k for k, c in enumerate(chars) if c == "😀"])
print(text.rfind("Σ"), text.rfind("Σ", 0, 5000), text.index("€", 4000), text.count("é", 100, 5000))
print(text.startswith("€", 2), text.endswith("Σ", 0, 5002), text.rindex("a", 10, 4000))
it = iter(text)
first = [next(it) for _ in range(2500)]
print(first == chars[:2500], it.__length_hint__(), "".join(it) == text[2500:])
print(sum(1 for c in text if c == "é"), text.count("é"))
print(list(reversed(text))[:6] == chars[::-1][:6], text[::-1] == "".join(reversed(chars)))
try:
    text[len(text)]
except IndexError as e:
    print("IndexError:", e)
# expect: 6000 6000 ax😀ybz€éΣΣéx éΣ xay😀zbé€Σ
# expect: index and slice True
# expect: 429 [2, 16, 30, 44, 58] [5966, 5980, 5994] True
# expect: 5999 4999 4010 840
# expect: False False 3990
# expect: True 3500 True
# expect: 1028 1028
# expect: True True
# expect: IndexError: string index out of range
