# os.environ reads and writes the environment through a mapping; getenv has a default
import os
os.environ["CORO_TEST_VAR"] = "value 1"
print(os.environ["CORO_TEST_VAR"], os.getenv("CORO_TEST_VAR"), os.getenv("CORO_NO_SUCH_VAR"), os.getenv("CORO_NO_SUCH_VAR", "fallback"))
print("CORO_TEST_VAR" in os.environ, "CORO_NO_SUCH_VAR" in os.environ)
print(os.environ.setdefault("CORO_TEST_VAR", "other"), os.environ.setdefault("CORO_TEST_VAR2", "second"))
print(os.environ.pop("CORO_TEST_VAR2"), os.environ.pop("CORO_TEST_VAR2", "gone"))
del os.environ["CORO_TEST_VAR"]
print(os.environ.get("CORO_TEST_VAR", "deleted"))
try:
    os.environ["CORO_NO_SUCH_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
os.environ.update({"CORO_A": "1"}, CORO_B="2")
print(sorted(k for k in os.environ if k in ("CORO_A", "CORO_B", "CORO_C")))
d = dict(os.environ)
print(d == os.environ, type(os.environ.copy()).__name__, len(d) == len(os.environ))
print(isinstance(os.environ | {"x": "y"}, dict))
import collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping))
# expect: value 1 value 1 None fallback
# expect: True False
# expect: value 1 second
# expect: second gone
# expect: deleted
# expect: KeyError 'CORO_NO_SUCH_VAR'
# expect: TypeError str expected, not int
# expect: ['CORO_A', 'CORO_B']
# expect: True dict True
# expect: True
# expect: True
