# list[int] and the like are types.GenericAlias objects: they print as
# written, compare by origin and arguments, call their class, join unions,
# can be bases (through __mro_entries__), and refuse isinstance.
x = list[int]
print(x, repr(dict[str, list[int]]), tuple[int, ...], type[int])
print(x.__origin__, x.__args__, x == list[int], x([1, 2]))
def f(a: list[str]) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(list[int] | None, int | list[str], dict[str, int] == dict[str, int], hash(list[int]) == hash(list[int]))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([3]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(tuple[()], tuple[int, ...].__args__)
# expect: list[int] dict[str, list[int]] tuple[int, ...] type[int]
# expect: <class 'list'> (<class 'int'>,) True [1, 2]
# expect: {'a': list[str], 'return': dict[str, int]}
# expect: list[int] | None int | list[str] True True
# expect: (<class 'list'>,) (list[int],) [3]
# expect: isinstance() argument 2 cannot be a parameterized generic
# expect: tuple[()] (<class 'int'>, Ellipsis)
