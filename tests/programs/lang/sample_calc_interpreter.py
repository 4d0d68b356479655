# A whole program of the kind held-out tests use (calc_interpreter), checked against CPython.
class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}@{self.pos})"

class LexError(Exception):
    pass

def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("NUM", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("NAME", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            out.append(Token("OP", "**", i)); i += 2
        elif c in "+-*/%()=,":
            out.append(Token("OP", c, i)); i += 1
        else:
            raise LexError(f"unexpected {c!r} at {i}")
    out.append(Token("EOF", None, len(src)))
    return out

class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t.value != v:
            raise SyntaxError(f"expected {v!r}, got {t.value!r}")
        return t
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].value == "=":
            name = self.next().value; self.next()
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            node = (self.next().value, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            node = (self.next().value, node, self.unary())
        return node
    def unary(self):
        if self.peek().value == "-":
            self.next()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.next()
            return ("**", base, self.unary())
        return base
    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return ("num", t.value)
        if t.kind == "NAME":
            if self.peek().value == "(":
                self.next()
                args = []
                while self.peek().value != ")":
                    args.append(self.expr())
                    if self.peek().value == ",":
                        self.next()
                self.expect(")")
                return ("call", t.value, args)
            return ("var", t.value)
        if t.value == "(":
            e = self.expr(); self.expect(")"); return e
        raise SyntaxError(f"unexpected token {t!r}")

FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

def evaluate(node, env):
    kind = node[0]
    match node:
        case ("num", v):
            return v
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined {name}")
            return env[name]
        case ("assign", name, e):
            env[name] = evaluate(e, env)
            return env[name]
        case ("neg", e):
            return -evaluate(e, env)
        case ("call", fn, args):
            return FUNCS[fn](*[evaluate(a, env) for a in args])
        case (op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"+": a + b if op == "+" else None, "-": None}.get(op) if op == "+" else \
                a - b if op == "-" else a * b if op == "*" else a / b if op == "/" else \
                a % b if op == "%" else a ** b

env = {}
programs = ["x = 3", "y = x ** 2 ** 2", "y - -x * 2", "(1 + 2) * 3 / 4", "7 % -3", "-7 % 3",
            "max(x, y, 10) + min(1, 2)", "abs(-2.5) * 2", "round(7 / 3, 3)", "2 ** -1", "z + 1",
            "1 / 0", "3 $ 4", "(1 + 2", "2 ** 100", ".5 + 1.25"]
for p in programs:
    try:
        print(f"{p:<28} => {evaluate(Parser(tokenize(p)).statement(), env)!r}")
    except (NameError, ZeroDivisionError, LexError, SyntaxError) as e:
        print(f"{p:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a=1")[:2])
# expect: x = 3                        => 3
# expect: y = x ** 2 ** 2              => 81
# expect: y - -x * 2                   => 87
# expect: (1 + 2) * 3 / 4              => 2.25
# expect: 7 % -3                       => -2
# expect: -7 % 3                       => 2
# expect: max(x, y, 10) + min(1, 2)    => 82
# expect: abs(-2.5) * 2                => 5.0
# expect: round(7 / 3, 3)              => 2.333
# expect: 2 ** -1                      => 0.5
# expect: z + 1                        !! NameError: undefined z
# expect: 1 / 0                        !! ZeroDivisionError: division by zero
# expect: 3 $ 4                        !! LexError: unexpected '$' at 2
# expect: (1 + 2                       !! SyntaxError: expected ')', got None
# expect: 2 ** 100                     => 1267650600228229401496703205376
# expect: .5 + 1.25                    => 1.75
# expect: [('x', 3), ('y', 81)]
# expect: [Token(NAME, 'a'@0), Token(OP, '='@1)]
