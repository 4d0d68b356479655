# json encodes and decodes data nested 900 deep (one recursion a level, as CPython's C code), and names what it was doing when nesting passes the recursion limit.
import json
x = []
for i in range(900):
    x = [x]
print(len(json.dumps(x)), len(json.dumps({"a": x})), json.loads(json.dumps(x)) == x)
print(len(json.loads('[' * 900 + ']' * 900)), len(json.loads('{"a":' * 800 + '1' + '}' * 800)))
y = []
for i in range(1100):
    y = {"k": [y]}
try:
    json.dumps(y)
except RecursionError as e:
    print("RecursionError:", e)
for doc in ('[' * 1100 + ']' * 1100, '{"a":' * 1100 + '1' + '}' * 1100):
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError:", e)
print(json.dumps({"b": [1, {"c": [2, 3]}], "a": []}, indent=2, sort_keys=True))
print(json.dumps([[], {}, [[1]]], indent="\t"))
class C: pass
try:
    json.dumps([C()])
except TypeError as e:
    print(e)
print(json.dumps([C()], default=lambda o: {"C": [1]}))
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
# expect: 1802 1809 True
# expect: 1 1
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# expect: {
# expect:   "a": [],
# expect:   "b": [
# expect:     1,
# expect:     {
# expect:       "c": [
# expect:         2,
# expect:         3
# expect:       ]
# expect:     }
# expect:   ]
# expect: }
# expect: [
# expect: 	[],
# expect: 	{},
# expect: 	[
# expect: 		[
# expect: 			1
# expect: 		]
# expect: 	]
# expect: ]
# expect: Object of type C is not JSON serializable
# expect: [{"C": [1]}]
# expect: Circular reference detected
