# hash() of a Fraction equals hash() of the equal int or float, so they are the same dict key and set member.
from fractions import Fraction

for f in [Fraction(1, 2), Fraction(-1, 2), Fraction(3), Fraction(-1), Fraction(0), Fraction(2**61 - 1), Fraction(2**64 + 3), Fraction(1, 3),
          Fraction(1, 2**61 - 1), Fraction(-1, 2**61 - 1), Fraction(10**30, 7), Fraction(5, 2**80)]:
    print(repr(f), hash(f))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(7)) == hash(7), hash(Fraction(-3, 8)) == hash(-0.375), hash(Fraction(1e300)) == hash(1e300))
print({Fraction(1): "a", 1: "b", 1.0: "c", Fraction(1, 2): "d", 0.5: "e"})
print(len({Fraction(4, 2), 2, 2.0, Fraction(1, 4), 0.25}))
# expect: Fraction(1, 2) 1152921504606846976
# expect: Fraction(-1, 2) -1152921504606846976
# expect: Fraction(3, 1) 3
# expect: Fraction(-1, 1) -2
# expect: Fraction(0, 1) 0
# expect: Fraction(2305843009213693951, 1) 0
# expect: Fraction(18446744073709551619, 1) 11
# expect: Fraction(1, 3) 1537228672809129301
# expect: Fraction(1, 2305843009213693951) 314159
# expect: Fraction(-1, 2305843009213693951) -314159
# expect: Fraction(1000000000000000000000000000000, 7) 395871670681776951
# expect: Fraction(5, 1208925819614629174706176) 21990232555520
# expect: True True True True
# expect: {Fraction(1, 1): 'c', Fraction(1, 2): 'e'}
# expect: 2
