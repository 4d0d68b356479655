# A bare raise adds no traceback entry of its own, in its frame or in a
# function called from the handler (CPython's re-raise).
def handle():
    raise

def main():
    try:
        int("x")
    except KeyError:
        print("no")
    except ValueError:
        print("re-raising")
        handle()

main()
# expect: re-raising
# expect error: line 15, in <module>
# expect error: line 13, in main
# expect error: line 8, in main
# expect error: ValueError: invalid literal for int() with base 10: 'x'
# expect no error: in handle
