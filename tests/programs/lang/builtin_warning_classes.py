# Every builtin warning category exists, under Warning.
for w in (PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Exception), repr(w("m")))
try:
    raise ResourceWarning("unclosed")
except Warning as e:
    print("caught", e)
# expect: PendingDeprecationWarning Warning True PendingDeprecationWarning('m')
# expect: SyntaxWarning Warning True SyntaxWarning('m')
# expect: FutureWarning Warning True FutureWarning('m')
# expect: ImportWarning Warning True ImportWarning('m')
# expect: UnicodeWarning Warning True UnicodeWarning('m')
# expect: BytesWarning Warning True BytesWarning('m')
# expect: ResourceWarning Warning True ResourceWarning('m')
# expect: EncodingWarning Warning True EncodingWarning('m')
# expect: caught unclosed
