# csv reads and writes quoted, escaped and multi-line fields, dialects, DictReader/DictWriter, with _csv's errors
import csv
import io
import sys

text = 'name,age,city\nAlice,30,"New York, NY"\nBob,25,"He said ""hi"""\n\n"Multi\nline",40,Paris\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
r = csv.reader(text.splitlines(keepends=True))
for row in r:
    print(r.line_num, row)
for row in csv.DictReader(io.StringIO(text)):
    print(row)
d = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print(d.fieldnames, list(d))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", "", None, 3, 2.5, True])
w.writerows([[1, 2], ["a"]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"])
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "Bo"}, {"id": 3, "score": 7}])
print(out.getvalue().replace("\r\n", "|"))
try:
    dw.writerow({"id": 4, "bad": 1})
except ValueError as e:
    print("ValueError:", e)
w = csv.writer(sys.stdout, lineterminator="\n", delimiter=";", quoting=csv.QUOTE_ALL)
w.writerow(["x", 1, None])
w = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["x", 1, 2.5, None])
print(list(csv.reader(['"x",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
w = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"q', "e\\e"])
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["a|b"], delimiter="|")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), list(csv.reader(["1|2|'3'"], "pipes")), csv.get_dialect("pipes").delimiter)
csv.unregister_dialect("pipes")
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a; 'b;c'; d"], Semi)))
for bad in [lambda: csv.reader(["a"], delimiter="::"), lambda: csv.get_dialect("nope"),
            lambda: csv.writer(io.StringIO()).writerow(7), lambda: list(csv.reader(['"a'], strict=True)),
            lambda: list(csv.reader(['a"b'], strict=True)), lambda: list(csv.reader(['"a"b'], strict=True)),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: list(csv.reader(["a\0b"])), lambda: list(csv.reader(["x"], quoting=csv.QUOTE_NONNUMERIC)),
            lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")]:
    try:
        print(bad())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("Error", e)
# expect: [['name', 'age', 'city'], ['Alice', '30', 'New York, NY'], ['Bob', '25', 'He said "hi"'], [], ['Multi\nline', '40', 'Paris']]
# expect: 1 ['name', 'age', 'city']
# expect: 2 ['Alice', '30', 'New York, NY']
# expect: 3 ['Bob', '25', 'He said "hi"']
# expect: 4 []
# expect: 6 ['Multi\nline', '40', 'Paris']
# expect: {'name': 'Alice', 'age': '30', 'city': 'New York, NY'}
# expect: {'name': 'Bob', 'age': '25', 'city': 'He said "hi"'}
# expect: {'name': 'Multi\nline', 'age': '40', 'city': 'Paris'}
# expect: ['a', 'b'] [{'a': '1', 'b': '2', 'extra': ['3']}, {'a': '4', 'b': '?'}]
# expect: 'plain,"with,comma","with ""quote""","multi\nline",,,3,2.5,True\r\n1,2\r\na\r\n'
# expect: id,name,score|1,Ann,9.5|2,Bo,|3,,7|
# expect: ValueError: dict contains fields not in fieldnames: 'bad'
# expect: "x";"1";""
# expect: "x",1,2.5,""
# expect: [['x', 1.0, 2.5]]
# expect: a\,b,q\"q,e\\e
# expect: [['a,b', 'c']]
# expect: [['a', 'b', 'c']] [['a', 'b']]
# expect: ['excel', 'excel-tab', 'pipes', 'unix'] [['1', '2', "'3'"]] |
# expect: [['a', 'b;c', 'd']]
# expect: TypeError "delimiter" must be a 1-character string
# expect: Error unknown dialect
# expect: Error iterable expected, not int
# expect: Error unexpected end of data
# expect: [['a"b']]
# expect: Error ',' expected after '"'
# expect: Error need to escape, but no escapechar set
# expect: [['a\x00b']]
# expect: ValueError could not convert string to float: 'x'
# expect: ValueError extrasaction (bad) must be 'raise' or 'ignore'
# expect: 131072 131072 10
# expect: Error field larger than field limit (10)
