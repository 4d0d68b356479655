# log, log2 and log10 of ints too big for a float, as CPython computes them.
import math
for x in [1 << 3000, 10**400, (1 << 2000), 3**5000 + 17, (1 << 1100) - 1, 10**308, 2**1023 * 3]:
    print(math.log(x), math.log2(x), math.log10(x), math.log(x, 7))
print(math.log2(8), math.log10(1000), math.log(100, 10))
for bad in [0, -(10**400)]:
    try:
        math.log2(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: 2079.4415416798356 3000.0 903.0899869919436 1068.6215613240663
# expect: 921.0340371976182 1328.771237954945 400.0 473.31786498197533
# expect: 1386.2943611198907 2000.0 602.0599913279624 712.4143742160444
# expect: 5493.061443340549 7924.812503605781 2385.6062735983123 2822.8751702678983
# expect: 762.4618986159398 1100.0 331.1329952303793 391.82790581882443
# expect: 709.1962086421661 1023.1538532253076 308.0 364.454756036121
# expect: 710.1881780014921 1024.584962500721 308.43080681897237 364.9645274455603
# expect: 3.0 3.0 2.0
# expect: ValueError: math domain error
# expect: ValueError: math domain error
