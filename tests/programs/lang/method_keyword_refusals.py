tests = [lambda: "a".replace(old="a", new="b"), lambda: {}.get(key=1), lambda: [].append(x=1), lambda: [].index(x=1), lambda: "a".count(x=1),
         lambda: {}.pop(k=1), lambda: ().index(v=1), lambda: "a".startswith(prefix="a"), lambda: "a".center(width=3), lambda: {1}.add(x=1),
         lambda: [].insert(i=0, x=1), lambda: "a".zfill(width=3), lambda: "a".partition(sep="a"), lambda: {}.setdefault(key=1),
         lambda: [].remove(x=1), lambda: "a".ljust(width=3), lambda: "a".find(sub="a"), lambda: "a".join(iterable=[]), lambda: [].count(x=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
# expect: str.replace() takes no keyword arguments
# expect: dict.get() takes no keyword arguments
# expect: list.append() takes no keyword arguments
# expect: list.index() takes no keyword arguments
# expect: str.count() takes no keyword arguments
# expect: dict.pop() takes no keyword arguments
# expect: tuple.index() takes no keyword arguments
# expect: str.startswith() takes no keyword arguments
# expect: str.center() takes no keyword arguments
# expect: set.add() takes no keyword arguments
# expect: list.insert() takes no keyword arguments
# expect: str.zfill() takes no keyword arguments
# expect: str.partition() takes no keyword arguments
# expect: dict.setdefault() takes no keyword arguments
# expect: list.remove() takes no keyword arguments
# expect: str.ljust() takes no keyword arguments
# expect: str.find() takes no keyword arguments
# expect: str.join() takes no keyword arguments
# expect: list.count() takes no keyword arguments
