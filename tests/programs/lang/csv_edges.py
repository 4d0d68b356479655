# csv writer's empty-record and NONNUMERIC rules, reader's end-of-data handling and module names
import csv, io, sys
s = io.StringIO()
w = csv.writer(s, lineterminator="\n")
w.writerow(["a\rb", "c"])
w.writerow([""])
w.writerow([])
w.writerow(["", ""])
w.writerow([None])
w.writerow([1.5, True, None, "x"])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([1, 2.5, "a", None, True])
print(repr(s.getvalue()), w.writerow(["q"]))
print(list(csv.reader(['a,"b\n', 'c",d\n', '\n', '', 'x'])))
print(list(csv.reader(['a,"b'])))
try:
    print(list(csv.reader(['a,"b'], strict=True)))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else None)
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a,"b"c,d'])))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.list_dialects())
r = csv.reader(["a"])
print(type(r), type(csv.writer(s)), r.line_num, r.dialect.delimiter)
print(csv.excel.delimiter, csv.excel.lineterminator.encode(), csv.excel.quoting, csv.unix_dialect.quoting)
try:
    csv.writer(s).writerow(5)
except csv.Error as e:
    print("Error", e)
try:
    csv.reader(["a"], delimiter="ab")
except TypeError as e:
    print("TypeError", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit())
print(csv.__all__ if hasattr(csv, "__all__") else None)
# expect: 'a\rb,c\n""\n\n,\n""\n1.5,True,,x\n'
# expect: '1,2.5,"a","",True\r\n' 5
# expect: [['a', 'b\nc', 'd'], [], [], ['x']]
# expect: [['a', 'b']]
# expect: Error unexpected end of data
# expect: None
# expect: [['a', 'b', 'c']]
# expect: [['a', 'bc', 'd']]
# expect: 0 1 2 3
# expect: ['excel', 'excel-tab', 'unix']
# expect: <class '_csv.reader'> <class '_csv.writer'> 0 ,
# expect: , b'\r\n' 0 1
# expect: Error iterable expected, not int
# expect: TypeError "delimiter" must be a 1-character string
# expect: Error unknown dialect
# expect: 131072
# expect: ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']
