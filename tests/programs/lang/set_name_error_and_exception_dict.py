# An error in __set_name__ becomes CPython 3.11's RuntimeError caused by it; an exception's __dict__ holds its own attributes
class D:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class X:
        d = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
e = Exception()
e.custom = 5
print(e.custom, e.__dict__, vars(ValueError("x")))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
print(vars(MyErr(3)), MyErr(3).__dict__)
class Y:
    d = D()
# expect: RuntimeError Error calling __set_name__ on 'D' instance 'd' in 'X' ValueError('boom') True
# expect: 5 {'custom': 5} {}
# expect: {'code': 3} {'code': 3}
# expect error: Traceback (most recent call last):
# expect error: set_name_error_and_exception_dict.py", line 4, in __set_name__
# expect error:     raise ValueError("boom")
# expect error: ValueError: boom
# expect error: 
# expect error: The above exception was the direct cause of the following exception:
# expect error: 
# expect error: Traceback (most recent call last):
# expect error: set_name_error_and_exception_dict.py", line 18, in <module>
# expect error:     class Y:
# expect error: RuntimeError: Error calling __set_name__ on 'D' instance 'd' in 'Y'
