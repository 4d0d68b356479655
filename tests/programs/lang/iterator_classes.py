# Builtin iterators have CPython's class names and the protocol methods
# __iter__ and __next__.
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('a')).__name__, type(iter('é')).__name__, type(iter(range(3))).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter(b'')).__name__, type(iter(bytearray())).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(str,[])).__name__, type(filter(None,[])).__name__, type(reversed([])).__name__, type(iter(int, 1)).__name__, type(reversed((1,))).__name__, type(iter(frozenset())).__name__)
def g():
    yield from [1, 2]
x = g()
next(x)
try:
    x.send(5)
except AttributeError as e:
    print(e)
it = iter({"a": 1})
print(it.__next__(), list(it.__iter__()))
try:
    iter([]).__next__()
except StopIteration as e:
    print("stop", e.args)
print(isinstance(iter([]), type(iter([1]))), type(iter([])) is type(iter(())))
# expect: list_iterator tuple_iterator str_ascii_iterator str_iterator range_iterator dict_keyiterator dict_valueiterator dict_itemiterator set_iterator bytes_iterator bytearray_iterator enumerate zip map filter list_reverseiterator callable_iterator reversed set_iterator
# expect: 'list_iterator' object has no attribute 'send'
# expect: a []
# expect: stop ()
# expect: True False
