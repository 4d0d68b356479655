# enum.global_enum: members become module globals, reprs name the module;
# show_flag_values, bin, the pickle helpers.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, global_enum
@global_enum
class F(Flag):
    A = 1
    B = 2
try: print(repr(F.A))
except Exception as e: print(type(e).__name__, e)
print(str(F.A), str(F.A|F.B), repr(F(0)), str(F(0)))
print(A, B)
@global_enum
class G(IntFlag):
    X = 1
    Y = 4
print(repr(G.X), repr(G.X|G.Y), repr(G(8)), repr(G(9)), str(G.X), str(G(9)), X, Y)
@global_enum
class H(Enum):
    P = 1
    Q = 2
print(repr(H.P), str(H.Q), P, Q is H.Q, format(H.P), f"{H.Q!r}")
@global_enum
class J(IntEnum):
    K = 3
print(repr(J.K), str(J.K), K)
class L(IntEnum):
    M = 5
enum.global_enum(L, update_str=True)
print(repr(L.M), str(L.M), M)
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.pickle_by_global_name(H.P, 2), enum.pickle_by_enum_name(H.P, 2))
# expect: TypeError unsupported operand type(s) for -: 'F' and 'int'
# expect: A A|B __main__.F(0) F(0)
# expect: A B
# expect: __main__.X __main__.X|__main__.Y __main__.G(8) __main__.X|8 1 9 1 4
# expect: __main__.P Q P True P __main__.Q
# expect: __main__.K 3 3
# expect: __main__.M M M
# expect: [1, 4, 8] 0b0 1010 0b1 0101 P (<built-in function getattr>, (<enum 'H'>, 'P'))
