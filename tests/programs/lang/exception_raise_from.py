# raise ... from sets __cause__; implicit chaining sets __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
# expect: ZeroDivisionError True ZeroDivisionError
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as r:
    print(r.__cause__, type(r.__context__).__name__, r.__suppress_context__)
# expect: None KeyError False
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer") from None
except ValueError as v:
    print(v.__cause__, type(v.__context__).__name__, v.__suppress_context__)
# expect: None TypeError True
