# json.dumps and json.dump: separators, indent, sort_keys, escapes with and
# without ensure_ascii, key conversion, NaN/Infinity, default, cls, and
# CPython's errors.
import json
import io
data = {"name": "Ünïcode ☃ 𝄞", "n": [1, 2.5, -0.0, 1e20, 10**30, True, False, None], "nested": {"b": [], "a": {}}, "t": (1, "x\n\t\"\\\x01")}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps("plain"), json.dumps(3), json.dumps(None))
for bad in [{(1, 2): 3}, object(), [set()]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex if False else set):
            return list(o)
        return super().default(o)
print(json.dumps({"x": {3}}, cls=Enc))
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1)
print(buf.getvalue())
# expect: {"name": "\u00dcn\u00efcode \u2603 \ud834\udd1e", "n": [1, 2.5, -0.0, 1e+20, 1000000000000000000000000000000, true, false, null], "nested": {"b": [], "a": {}}, "t": [1, "x\n\t\"\\\u0001"]}
# expect: {"name": "Ünïcode ☃ 𝄞", "n": [1, 2.5, -0.0, 1e+20, 1000000000000000000000000000000, true, false, null], "nested": {"b": [], "a": {}}, "t": [1, "x\n\t\"\\\u0001"]}
# expect: {
# expect:   "n": [
# expect:     1,
# expect:     2.5,
# expect:     -0.0,
# expect:     1e+20,
# expect:     1000000000000000000000000000000,
# expect:     true,
# expect:     false,
# expect:     null
# expect:   ],
# expect:   "name": "\u00dcn\u00efcode \u2603 \ud834\udd1e",
# expect:   "nested": {
# expect:     "a": {},
# expect:     "b": []
# expect:   },
# expect:   "t": [
# expect:     1,
# expect:     "x\n\t\"\\\u0001"
# expect:   ]
# expect: }
# expect: {
# expect: 	"name":"\u00dcn\u00efcode \u2603 \ud834\udd1e",
# expect: 	"n":[
# expect: 		1,
# expect: 		2.5,
# expect: 		-0.0,
# expect: 		1e+20,
# expect: 		1000000000000000000000000000000,
# expect: 		true,
# expect: 		false,
# expect: 		null
# expect: 	],
# expect: 	"nested":{
# expect: 		"b":[],
# expect: 		"a":{}
# expect: 	},
# expect: 	"t":[
# expect: 		1,
# expect: 		"x\n\t\"\\\u0001"
# expect: 	]
# expect: }
# expect: [
# expect: 1,
# expect: [
# expect: 2,
# expect: [
# expect: 3,
# expect: {}
# expect: ]
# expect: ]
# expect: ]
# expect: {"1": "c", "2.5": "b", "null": "d"} NaN [Infinity, -Infinity]
# expect: "plain" 3 null
# expect: TypeError: keys must be str, int, float, bool or None, not tuple
# expect: TypeError: Object of type object is not JSON serializable
# expect: TypeError: Object of type set is not JSON serializable
# expect: {"k": 1}
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Circular reference detected
# expect: {"s": [1, 2]}
# expect: {"x": [3]}
# expect: {
# expect:  "a": [
# expect:   1,
# expect:   2
# expect:  ]
# expect: }
