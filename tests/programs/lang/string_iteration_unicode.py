# Unicode strings: length in code points, case mapping and ordering.
s = "naïve café 日本 😀"
print(len(s), s.upper(), s[6:10], s[-1], s.split(" "))
# expect: 15 NAÏVE CAFÉ 日本 😀 café 😀 ['naïve', 'café', '日本', '😀']
print(sorted(["é", "e", "z", "ä"]), "é" > "z", ord(max(s)))
# expect: ['e', 'z', 'ä', 'é'] True 128512
print(s.count("é"), s.find("日"), s[::-1])
# expect: 1 11 😀 本日 éfac evïan
print("ǈ".upper(), "ǈ".lower(), "ﬁ".upper(), "ΣΑΣ".lower())
# expect: Ǉ ǉ FI σας
