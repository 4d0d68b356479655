# Bytes literals hold ASCII only.
# expect error: SyntaxError: bytes can only contain ASCII literal characters
# expect error: line 4
b = b'café'
