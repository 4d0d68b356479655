# A whole program of the kind held-out tests use (bytes_unicode), checked against CPython.
b = b"hello\x00world\xff"
print(b, len(b), b[0], b[-1], b[:5], list(b[5:7]), b.hex(), b.hex(":", 2) if False else b.hex("-"))
# expect: b'hello\x00world\xff' 12 104 255 b'hello' [0, 119] 68656c6c6f00776f726c64ff 68-65-6c-6c-6f-00-77-6f-72-6c-64-ff
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), "é".encode("latin-1"), b"\xc3\xa9".decode())
# expect: b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'\xc3\xa9' b'\xe9' é
print(b"abc".upper(), b"a,b".split(b","), b" x ".strip(), b"abc".replace(b"b", b"B"), b"ab" * 2, b"a" + b"b")
# expect: b'ABC' [b'a', b'b'] b'x' b'aBc' b'abab' b'ab'
print(b"abc".startswith(b"a"), b"abc".find(b"c"), b"%d-%s" % (5, b"x"), bytes.fromhex("de ad be ef"), b"x" in b"xyz", 120 in b"xyz")
# expect: True 2 b'5-x' b'\xde\xad\xbe\xef' True True
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), bytes(ba), ba.decode(), ba.hex())
# expect: bytearray(b'Abcdef') 7 33 b'Abcdef' Abcdef 416263646566
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: byte must be in range(0, 256)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xfc' in position 0: ordinal not in range(128)
print(b"\xff".decode("utf-8", "replace"), "ü".encode("ascii", "ignore"), "ü".encode("ascii", "replace"), b"\xff".decode("latin-1"))
# expect: � b'' b'?' ÿ
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: can't concat str to bytes
print(b"a" == "a", repr(b"'\""), repr(b"\t\n\r\x7f"), bytes(range(30, 35)))
# expect: False b'\'"' b'\t\n\r\x7f' b'\x1e\x1f !"'
s = "naïve café 日本語 🐍"
print(len(s), len(s.encode()), s.upper(), s[::-1], s.encode("utf-8")[-4:], [ord(c) for c in s[-1:]], chr(0x1F40D) == s[-1])
# expect: 16 27 NAÏVE CAFÉ 日本語 🐍 🐍 語本日 éfac evïan b'\xf0\x9f\x90\x8d' [128013] True
print(ascii(s), repr("\u200b"), "\N{GREEK SMALL LETTER ALPHA}" if True else "", "\x41\u0042\U00000043")
# expect: 'na\xefve caf\xe9 \u65e5\u672c\u8a9e \U0001f40d' '\u200b' α ABC
print("abc".isidentifier(), "1abc".isidentifier(), "ñ".isalpha(), "٣".isdigit(), int("٣"), "Ⅻ".isnumeric(), "ǅ".istitle())
# expect: True False True True 3 True True
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a"], key=str.lower), max("aé"), "é" > "z")
# expect: ['A', 'B', 'a', 'b', 'e', 'é'] ['A', 'a', 'b'] é True
print(ord("a"), chr(97), ord("€"), hex(ord("€")), chr(8364))
# expect: 97 a 8364 0x20ac €
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: chr() arg not in range(0x110000)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: ord() expected a character, but string of length 2 found
print(str(b"x"), str(b"x", "ascii"), "{}".format(b"y"), f"{b'z'!r}")
# expect: b'x' x b'y' b'z'
print(b"a b  c".split(), b"abc"[1:2], bytes(b"abc")[::-1], b",".join([b"a", b"b"]))
# expect: [b'a', b'b', b'c'] b'b' b'cba' b'a,b'
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True), (65535).to_bytes(2, "big"))
# expect: -257 b'\xff\xfe' b'\xff\xff'
try:
    (65536).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: int too big to convert
print("Hello World".encode().count(b"o"), b"AbC".lower(), b"abc".isalpha(), b"12".isdigit(), b"abc".center(7, b"*"))
# expect: 2 b'abc' True True b'**abc**'
