//! The abstract syntax tree. Every node carries the byte span of the source it
//! came from, so later stages can point diagnostics and tracebacks at it.

use num_bigint::BigInt;

/// A half-open byte range `[start, end)` into the source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: u32,
    /// Byte offset just past the last character.
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The identifier text.
    pub name: String,
    /// Where it is written.
    pub span: Span,
}

/// A module: the statements of one source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Top-level statements in order.
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What kind of statement this is.
    pub kind: StmtKind,
    /// The whole statement, header and body.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: every target receives the same value, left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`; `simple` is false for `(x): int`.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { is_async: bool, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `try`; `is_star` marks `except*` handlers.
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt>, is_star: bool },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    With { is_async: bool, items: Vec<WithItem>, body: Vec<Stmt> },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from ..mod import a as b`; `names` is empty for `import *`.
    ImportFrom { module: Option<String>, level: u32, names: Vec<Alias>, star: bool },
    Assert { test: Expr, msg: Option<Expr> },
    Delete(Vec<Expr>),
    /// `match subject:` with its `case` clauses.
    Match { subject: Expr, cases: Vec<MatchCase> },
}

/// A `case pattern [if guard]:` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// What the subject must look like.
    pub pattern: Pattern,
    /// The `if` condition, tested after the pattern bound its names.
    pub guard: Option<Expr>,
    /// The statements run on a match.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What kind of pattern this is.
    pub kind: PatternKind,
    /// Where it is written.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `_`: matches anything, binds nothing.
    Wildcard,
    /// `name`: matches anything and binds it.
    Capture(Ident),
    /// A literal or a dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Expr),
    /// `[p, *rest, q]`, `(p, q)` or `p, q`: a sequence of these items.
    Sequence(Vec<Pattern>),
    /// `*name` (or `*_`, None) in a sequence pattern.
    Star(Option<Ident>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Ident> },
    /// `Cls(p, attr=q)`.
    Class { cls: Expr, patterns: Vec<Pattern>, kwd_names: Vec<Ident>, kwd_patterns: Vec<Pattern> },
    /// `p | q`: the first alternative that matches.
    Or(Vec<Pattern>),
    /// `p as name`.
    As(Box<Pattern>, Ident),
}

/// `import name as asname`, where `name` may be dotted.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The (possibly dotted) imported name.
    pub name: String,
    /// The local name given with `as`.
    pub asname: Option<Ident>,
    /// Where the alias is written.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// The name the definition binds, when not `name`: a private name
    /// inside a class, mangled (`__name__` stays as written).
    pub mangled: Option<String>,
    /// True for `async def`.
    pub is_async: bool,
    /// The parameter list.
    pub params: Params,
    /// The statements of the body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
    /// The `-> T` annotation.
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class name.
    pub name: Ident,
    /// The name the definition binds, when not `name` (see `FunctionDef`).
    pub mangled: Option<String>,
    /// Base classes and keywords (`metaclass=`), as call arguments.
    pub bases: Vec<Arg>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
}

/// One parameter: a name, an optional annotation and an optional default.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The parameter name.
    pub name: Ident,
    /// The `: T` annotation.
    pub annotation: Option<Expr>,
    /// The `= value` default.
    pub default: Option<Expr>,
}

/// A parameter list, split into Python's five kinds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    /// Parameters before `/`.
    pub posonly: Vec<Param>,
    /// Ordinary parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Parameters after `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

impl FunctionDef {
    /// The variable the definition assigns.
    pub fn binds(&self) -> &str {
        self.mangled.as_deref().unwrap_or(&self.name.name)
    }
}

impl ClassDef {
    /// The variable the definition assigns.
    pub fn binds(&self) -> &str {
        self.mangled.as_deref().unwrap_or(&self.name.name)
    }
}

impl Params {
    /// Every parameter in declaration order.
    pub fn all(&self) -> impl Iterator<Item = &Param> {
        self.posonly.iter().chain(&self.args).chain(&self.vararg).chain(&self.kwonly).chain(&self.kwarg)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression; `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The name bound with `as`.
    pub name: Option<Ident>,
    /// The handler's statements.
    pub body: Vec<Stmt>,
    /// The `except ...:` header.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Expr,
    /// The `as` target.
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression this is.
    pub kind: ExprKind,
    /// Where it is written.
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string (possibly concatenated with plain strings).
    FString(Vec<FStringPart>),
    True,
    False,
    None,
    Ellipsis,
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key marks `**m`.
    Dict(Vec<(Option<Expr>, Expr)>),
    Attribute { value: Box<Expr>, attr: Ident },
    Subscript { value: Box<Expr>, index: Box<Expr> },
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    Call { func: Box<Expr>, args: Vec<Arg> },
    Unary { op: UnaryOp, operand: Box<Expr> },
    Binary { op: BinOp, left: Box<Expr>, right: Box<Expr> },
    /// `a and b and c` / `a or b`: operands are evaluated left to right.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c`: a chain of comparisons.
    Compare { left: Box<Expr>, ops: Vec<(CmpOp, Expr)> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    Lambda { params: Box<Params>, body: Box<Expr> },
    /// A comprehension of any of the four kinds.
    Comp { kind: CompKind, element: Box<Expr>, value: Option<Box<Expr>>, generators: Vec<Comprehension> },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `*x` in a display, call or assignment target.
    Starred(Box<Expr>),
    /// `name := value`.
    NamedExpr { target: Ident, value: Box<Expr> },
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:spec}`; `debug_text` holds `expr=` text for `{x=}`.
    Field { value: Box<Expr>, conversion: Option<char>, spec: Option<Vec<FStringPart>>, debug_text: Option<String> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
    /// True for `async for`.
    pub is_async: bool,
}

/// A call argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`.
    Star(Expr),
    Keyword(Ident, Expr),
    /// `**mapping`.
    DoubleStar(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
