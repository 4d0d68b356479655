# Format specs with repeated or mixed ',' and '_' fail with CPython's messages (',' after ',' is read as the type)
for spec in [">+,,", ",,", "_,", ",_", "__", ",d", "_x", ",x", ",.2f", ",,d", "10,", ",s"]:
    for v in [1234567, 1234.5]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError", e)
# expect: '>+,,' ValueError Cannot specify ',' with ','.
# expect: '>+,,' ValueError Cannot specify ',' with ','.
# expect: ',,' ValueError Cannot specify ',' with ','.
# expect: ',,' ValueError Cannot specify ',' with ','.
# expect: '_,' ValueError Cannot specify both ',' and '_'.
# expect: '_,' ValueError Cannot specify both ',' and '_'.
# expect: ',_' ValueError Cannot specify both ',' and '_'.
# expect: ',_' ValueError Cannot specify both ',' and '_'.
# expect: '__' ValueError Cannot specify '_' with '_'.
# expect: '__' ValueError Cannot specify '_' with '_'.
# expect: ',d' '1,234,567'
# expect: ',d' ValueError Unknown format code 'd' for object of type 'float'
# expect: '_x' '12_d687'
# expect: '_x' ValueError Unknown format code 'x' for object of type 'float'
# expect: ',x' ValueError Cannot specify ',' with 'x'.
# expect: ',x' ValueError Cannot specify ',' with 'x'.
# expect: ',.2f' '1,234,567.00'
# expect: ',.2f' '1,234.50'
# expect: ',,d' ValueError Invalid format specifier ',,d' for object of type 'int'
# expect: ',,d' ValueError Invalid format specifier ',,d' for object of type 'float'
# expect: '10,' ' 1,234,567'
# expect: '10,' '   1,234.5'
# expect: ',s' ValueError Cannot specify ',' with 's'.
# expect: ',s' ValueError Cannot specify ',' with 's'.
