//! The tokens of the language, recognised by logos. Strings and numbers are
//! decoded here (their callbacks live in `literals.rs`); INDENT, DEDENT and the
//! filtering of NEWLINE inside brackets belong to the layout pass.

use logos::Logos;
use num_bigint::BigInt;

use super::literals;

/// A lexical error: either a message for the caller to place, or an
/// unrecognised character (the default, which the driver names).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A byte sequence no token starts with.
    #[default]
    Unrecognised,
    /// A malformed token, with CPython's message; the span is the token's.
    Message(String),
    /// A malformed token whose error points at `offset` bytes into the token.
    At(String, usize),
}

/// The payload of a string literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    /// A decoded `str` literal.
    Str(String),
    /// A decoded `bytes` literal.
    Bytes(Vec<u8>),
    /// An f-string: its raw text between the quotes, decoded later because
    /// its replacement fields are expressions.
    FString {
        /// The text between the quotes, escapes not yet processed.
        content: String,
        /// Byte offset of `content` in the file.
        offset: usize,
        /// True for `rf"..."`: backslashes stay as written.
        raw: bool,
    },
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\\n")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Tok {
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", literals::identifier)]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", literals::decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| literals::radix(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| literals::radix(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| literals::radix(lex, 2))]
    Int(BigInt),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", literals::float)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", literals::float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", literals::float)]
    Float(f64),
    /// `3j`: recognised so that the error can name complex numbers.
    #[regex(r"([0-9](_?[0-9])*|[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*)[jJ]")]
    Imaginary,
    #[regex(r#"([rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?("|')"#, literals::string)]
    #[regex(r#"([rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?("""|''')"#, literals::string)]
    Str(StrLit),

    #[token("\n")]
    Newline,
    /// Produced by the layout pass, never by logos.
    Indent,
    /// Produced by the layout pass, never by logos.
    Dedent,
    /// The layout pass's `(` of `with (a as b, c as d):`, whose `)` ends the
    /// header (then the parentheses group context managers).
    WithLParen,
    /// The `)` matching a `WithLParen`.
    WithRParen,
    /// The soft keyword `match` heading a match statement (layout pass).
    Match,
    /// The soft keyword `case` heading a case clause (layout pass).
    Case,
    /// A case clause's whole pattern, parsed by the layout pass
    /// (`pattern.rs`).
    Pattern(Box<super::ast::Pattern>),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token("@")]
    At,
    #[token("=")]
    Assign,
    #[token(":=")]
    Walrus,
    #[token("!")]
    Bang,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,

    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtE,
    #[token(">=")]
    GtE,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,

    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("@=")]
    AtEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token(">>=")]
    RShiftEq,
    #[token("<<=")]
    LShiftEq,
    #[token("**=")]
    DoubleStarEq,
}

impl Tok {
    /// How the token reads in a message: `')'`, `'if'`, `NEWLINE`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => format!("name '{n}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imaginary => "number".into(),
            Tok::Str(_) => "string".into(),
            Tok::Newline => "newline".into(),
            Tok::Indent => "indent".into(),
            Tok::Dedent => "dedent".into(),
            other => format!("'{}'", other.text()),
        }
    }

    /// The fixed source text of a keyword or operator token.
    pub fn text(&self) -> &'static str {
        use Tok::*;
        match self {
            False => "False", None => "None", True => "True", And => "and", As => "as",
            Assert => "assert", Async => "async", Await => "await", Break => "break",
            Class => "class", Continue => "continue", Def => "def", Del => "del",
            Elif => "elif", Else => "else", Except => "except", Finally => "finally",
            For => "for", From => "from", Global => "global", If => "if", Import => "import",
            In => "in", Is => "is", Lambda => "lambda", Nonlocal => "nonlocal", Not => "not",
            Or => "or", Pass => "pass", Raise => "raise", Return => "return", Try => "try",
            While => "while", With => "with", Yield => "yield",
            LParen | WithLParen => "(", RParen | WithRParen => ")", LBracket => "[", RBracket => "]", LBrace => "{",
            RBrace => "}", Comma => ",", Colon => ":", Semi => ";", Dot => ".",
            Ellipsis => "...", Arrow => "->", At => "@", Assign => "=", Walrus => ":=",
            Bang => "!", Plus => "+", Minus => "-", Star => "*", DoubleStar => "**",
            Slash => "/", DoubleSlash => "//", Percent => "%", LShift => "<<", RShift => ">>",
            Amp => "&", Pipe => "|", Caret => "^", Tilde => "~", Lt => "<", Gt => ">",
            LtE => "<=", GtE => ">=", EqEq => "==", NotEq => "!=", PlusEq => "+=",
            MinusEq => "-=", StarEq => "*=", SlashEq => "/=", DoubleSlashEq => "//=",
            PercentEq => "%=", AtEq => "@=", AmpEq => "&=", PipeEq => "|=", CaretEq => "^=",
            RShiftEq => ">>=", LShiftEq => "<<=", DoubleStarEq => "**=",
            Match => "match", Case => "case",
            Name(_) | Int(_) | Float(_) | Imaginary | Str(_) | Pattern(_) | Newline | Indent | Dedent => "",
        }
    }

    /// True for the keywords that can never be names.
    pub fn is_keyword(&self) -> bool {
        let t = self.text();
        !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic())
    }
}
