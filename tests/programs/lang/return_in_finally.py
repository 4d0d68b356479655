# A return in finally overrides the try's return or swallows the exception.
def over():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
def value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2
print(over(), swallow(), order(), value_kept())
# expect: finally swallowed ['try', 'finally'] 1
def in_loop():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(in_loop())
# expect: 1
