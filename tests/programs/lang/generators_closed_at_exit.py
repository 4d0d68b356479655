# At exit, CPython clears the main module's globals and closes the
# suspended generators and coroutines it frees: those bound to globals
# first, in the order their names were first bound,
# then those inside lists, tuples, dicts and instances. Unstarted and
# finished ones print nothing.
class Holder:
    def __init__(self, g):
        self.g = g

def gen(name):
    try:
        yield name
    finally:
        print("cleanup", name)

class Step:
    def __await__(self):
        yield "step"

async def task():
    try:
        await Step()
    finally:
        print("coroutine cleanup")

held = Holder(gen("held"))
next(held.g)
listed = [gen("in a list"), gen("second in the list")]
for g in listed:
    next(g)
direct = gen("direct")
next(direct)
_private = gen("private")
next(_private)
c = task()
print(c.send(None))
table = {"key": (gen("in a tuple in a dict"),)}
next(table["key"][0])
unstarted = gen("never started")
finished = gen("finished")
next(finished)
finished.close()
print("end of program")
# expect: step
# expect: cleanup finished
# expect: end of program
# expect: cleanup second in the list
# expect: cleanup direct
# expect: cleanup private
# expect: coroutine cleanup
# expect: cleanup held
# expect: cleanup in a list
# expect: cleanup in a tuple in a dict
