# Methods of builtin types called through the class (str.lower as a key) check
# their receiver: the wrong type is CPython's TypeError, never a crash.
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(str.upper, ["x", "y"])), str.join("-", ["a", "b"]), int.bit_length(255), dict.get({"a": 1}, "a"))
for call in (lambda: str.lower(3), lambda: list.append(5, 1), lambda: int.bit_length("x"), lambda: dict.get([], 1), lambda: str.upper()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(int.bit_length(True), dict.fromkeys("ab"), str.maketrans("a", "b") == {97: 98}, bytes.fromhex("41"))
# expect: ['A', 'b', 'c']
# expect: ['X', 'Y'] a-b 8 1
# expect: TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
# expect: TypeError: unbound method str.upper() needs an argument
# expect: 1 {'a': None, 'b': None} True b'A'
