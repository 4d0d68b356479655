# json.loads and json.load: every JSON value, escapes and surrogate pairs,
# the hooks, and CPython's JSONDecodeError messages, positions, lines and
# columns.
import json
print(json.loads('  [1, 2.0, -3e2, 0.5E+1, "a\\u00e9\\ud834\\udd1e\\n", true, false, null, NaN, Infinity, -Infinity, {"k": {}}]  '))
print(json.loads(b'{"a": 1}'), json.loads('"\\/"'), json.loads("123456789012345678901234567890"))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '[1,]', '{"a":1,}', '{a: 1}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '[1] x', 'tru', '-', '01', '{"a":', '\n\n  [1,\n  ?]', '"a\x01b"', '1.', '[', '{"a": 1 "b": 2}']:
    try:
        json.loads(bad)
        print(repr(bad), "ok")
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
import io
print(json.load(io.StringIO('{"z": 0}')))
print(json.loads('"a\x01b"', strict=False) == "a\x01b")
json.loads('{"unclosed": [1, 2')
# expect: [1, 2.0, -300.0, 5.0, 'aé𝄞\n', True, False, None, nan, inf, -inf, {'k': {}}]
# expect: {'a': 1} / 123456789012345678901234567890
# expect: {'a': '1.5'} [1.0] {'a': 2}
# expect: [('b', 1), ('a', 2)] ['a']
# expect: '' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4
# expect: '{"a":1,}' -> Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8
# expect: '{a: 1}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1
# expect: '"a\\x"' -> Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) | Extra data 4 1 5
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '-' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '01' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '{"a":' -> Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6
# expect: '\n\n  [1,\n  ?]' -> Expecting value: line 4 column 3 (char 10) | Expecting value 10 4 3
# expect: '"a\x01b"' -> Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3
# expect: '1.' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '[' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2
# expect: '{"a": 1 "b": 2}' -> Expecting ',' delimiter: line 1 column 9 (char 8) | Expecting ',' delimiter 8 1 9
# expect: TypeError: the JSON object must be str, bytes or bytearray, not int
# expect: True
# expect: {'z': 0}
# expect: True
# expect error: json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 19 (char 18)
