# A backslash that ends a comment on the last line continues nothing.
# expect: 1
x = 1  # c \
print(x)  # "quoted" \
