# match: literal, capture, wildcard, or, as, sequence (starred), mapping (**rest), class (dataclass, namedtuple, builtin) patterns, guards, enum values; match/case stay usable as names.
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple('Pair', 'a b')

def describe(v):
    match v:
        case 0:
            return "zero"
        case -1 | 1:
            return "unit"
        case None:
            return "none"
        case True:
            return "true"
        case "hi" | "hello":
            return "greeting"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest] if len(rest) > 2:
            return f"long list from {first}, {len(rest)} more"
        case (x, y, *_):
            return f"seq {x} {y} ..."
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case Pair(a, b=bb):
            return f"Pair {a} {bb}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s:
            return f"string {s!r}"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other"

for v in [0, 1, -1, None, True, "hi", [1, 2], [1, 2, 3, 4, 5], (1, 2, 3), {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 3, "c": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Pair(1, 2),
          500, "text", 2.5, 7, {1, 2}, range(2), "ab"]:
    print(repr(v), '->', describe(v))
    # expect: 0 -> zero
    # expect: 1 -> unit
    # expect: -1 -> unit
    # expect: None -> none
    # expect: True -> unit
    # expect: 'hi' -> greeting
    # expect: [1, 2] -> pair 1 2
    # expect: [1, 2, 3, 4, 5] -> long list from 1, 4 more
    # expect: (1, 2, 3) -> seq 1 2 ...
    # expect: {'kind': 'circle', 'r': 2} -> circle 2
    # expect: {'kind': 'sq', 'side': 3, 'c': 1} -> kind sq with ['c', 'side']
    # expect: Point(x=0, y=0) -> origin
    # expect: Point(x=0, y=5) -> on y axis at 5
    # expect: Point(x=3, y=3) -> diagonal 3
    # expect: Point(x=1, y=2) -> some point
    # expect: Pair(a=1, b=2) -> pair 1 2
    # expect: 500 -> big int 500
    # expect: 'text' -> string 'text'
    # expect: 2.5 -> number 2.5
    # expect: 7 -> number 7
    # expect: {1, 2} -> other
    # expect: range(0, 2) -> pair 0 1
    # expect: 'ab' -> string 'ab'

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items]:
            return f"picking {items}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"

for c in ["go north", "pick up sword shield", "quit", "exit", "", "dance now"]:
    print(command(c))
    # expect: going north
    # expect: picking ['sword', 'shield']
    # expect: bye
    # expect: bye
    # expect: empty
    # expect: unknown verb dance

def evaluate(expr):
    match expr:
        case ("+", l, r):
            return evaluate(l) + evaluate(r)
        case ("*", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", e):
            return -evaluate(e)
        case int() | float() as n:
            return n
        case other:
            raise ValueError(f"bad {other}")
print(evaluate(("+", 1, ("*", 2, ("neg", 3)))))
# expect: -5
match 5:
    case x:
        print("bound", x)
        # expect: bound 5
print(x)
# expect: 5
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
for c in Color:
    match c:
        case Color.RED:
            print("red!")
            # expect: red!
        case Color.GREEN:
            print("green!")
            # expect: green!
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
        # expect: {'b': 2}
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
    # expect: NoArgs() accepts 0 positional sub-patterns (1 given)
match = 3
case = 4
print(match + case)
# expect: 7
