import builtins
for n in ['isinstance', 'issubclass', 'iter', 'next', 'getattr', 'hasattr', 'callable', 'chr', 'ord', 'hex', 'id', 'hash', 'repr', 'map', 'filter', 'any', 'all', 'format', 'vars']:
    try:
        getattr(builtins, n)(x=1)
    except TypeError as e:
        print(e)
try:
    iter([], 1)
except TypeError as e:
    print(e)
print(isinstance(1, int), list(iter(iter([1, 2, 0, 3]).__next__, 0)))
# expect: isinstance() takes no keyword arguments
# expect: issubclass() takes no keyword arguments
# expect: iter() takes no keyword arguments
# expect: next() takes no keyword arguments
# expect: getattr() takes no keyword arguments
# expect: hasattr() takes no keyword arguments
# expect: callable() takes no keyword arguments
# expect: chr() takes no keyword arguments
# expect: ord() takes no keyword arguments
# expect: hex() takes no keyword arguments
# expect: id() takes no keyword arguments
# expect: hash() takes no keyword arguments
# expect: repr() takes no keyword arguments
# expect: map() takes no keyword arguments
# expect: filter() takes no keyword arguments
# expect: any() takes no keyword arguments
# expect: all() takes no keyword arguments
# expect: format() takes no keyword arguments
# expect: vars() takes no keyword arguments
# expect: iter(v, w): v must be callable
# expect: True [1, 2]
