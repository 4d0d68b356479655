# SystemExit with several arguments exits with status 1 after printing
# its args tuple on stderr.
print("before")
raise SystemExit(2, 3)
# expect: before
# expect error: (2, 3)
# expect exit: 1
