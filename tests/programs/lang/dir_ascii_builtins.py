# ascii() escapes non-ASCII characters; dir() lists attributes sorted.
print(ascii("héllo"), ascii([1, "ü", "😀"]), ascii("plain"), ascii(1.5))
# expect: 'h\xe9llo' [1, '\xfc', '\U0001f600'] 'plain' 1.5
class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
names = dir(a)
print([n for n in names if not n.startswith("__")], names == sorted(names))
# expect: ['cls_attr', 'inst', 'method'] True
print("method" in dir(A), "inst" in dir(A), "__init__" in dir(a))
# expect: True False True
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
# expect: True True True
