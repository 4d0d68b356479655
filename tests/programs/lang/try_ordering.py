# try/except/else/finally run in the documented order.
def run(fail):
    try:
        print("try", fail)
        if fail:
            raise ValueError(fail)
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(0)
# expect: try 0
# expect: else
# expect: finally
# expect: after
run(1)
def nested():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
# expect: try 1
# expect: except 1
# expect: finally
# expect: after
nested()
try:
    pass
finally:
    print("plain finally")
e = "not deleted"
try:
    raise OSError("x")
except OSError as e:
    pass
# expect: inner finally
# expect: outer except
# expect: outer finally
try:
    print(e)
except NameError as err:
    print("NameError:", err)
# expect: plain finally
# expect: NameError: name 'e' is not defined
