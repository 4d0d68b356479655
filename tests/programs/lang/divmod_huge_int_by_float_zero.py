# With a float operand the int is converted first: a huge int overflows
# before the division by zero is noticed.
for e in ["divmod(10**400, 0.0)", "divmod(0.0, 10**400)", "10**400 / 0.0", "10**400 // 0.0", "10**400 % 0.0", "divmod(5, 0.0)",
          "divmod(10**400, 0)", "divmod(True, 0.0)", "divmod(7.5, 2)"]:
    try:
        print(e, "->", eval(e))
    except (OverflowError, ZeroDivisionError) as ex:
        print(e, "!!", type(ex).__name__, ex)
# expect: divmod(10**400, 0.0) !! OverflowError int too large to convert to float
# expect: divmod(0.0, 10**400) !! OverflowError int too large to convert to float
# expect: 10**400 / 0.0 !! OverflowError int too large to convert to float
# expect: 10**400 // 0.0 !! OverflowError int too large to convert to float
# expect: 10**400 % 0.0 !! OverflowError int too large to convert to float
# expect: divmod(5, 0.0) !! ZeroDivisionError float divmod()
# expect: divmod(10**400, 0) !! ZeroDivisionError integer division or modulo by zero
# expect: divmod(True, 0.0) !! ZeroDivisionError float divmod()
# expect: divmod(7.5, 2) -> (3.0, 1.5)
