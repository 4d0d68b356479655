# for loops over ranges count inline when the range is small; every other
# iterable (and huge bounds, and iterators held elsewhere) iterates as usual.
import sys
t=0
for i in range(10, -10, -3):
    t += i
print(t, list(range(5,0,-2)))
for i in range(2**62, 2**62+3): print(i)
for i in range(-2**61-1, -2**61+2): print(i)
r = range(3)
for i in r:
    for j in r:
        print(i, j, end=";")
print()
def g():
    for i in range(3):
        yield i
        yield from range(i)
print(list(g()))
for i in range(0): print("never")
else: print("else")
for i in range(5):
    if i == 3: break
print(i)
# The bounds where counting stops being inline, and a range held elsewhere.
for i in range(2**61 - 2, 2**61 + 2):
    print(i - 2**61, end=" ")
print()
for i in range(3, -2**61 - 3, -2**61):
    print(i, end=" ")
print()
it = iter(range(6))
for i in it:
    if i == 2:
        break
print(list(it))
# expect: 7 [5, 3, 1]
# expect: 4611686018427387904
# expect: 4611686018427387905
# expect: 4611686018427387906
# expect: -2305843009213693953
# expect: -2305843009213693952
# expect: -2305843009213693951
# expect: 0 0;0 1;0 2;1 0;1 1;1 2;2 0;2 1;2 2;
# expect: [0, 1, 0, 2, 0, 1]
# expect: else
# expect: 3
# expect: -2 -1 0 1 
# expect: 3 -2305843009213693949 
# expect: [3, 4, 5]
