//! Native functions: Rust closures (sync or async) that scripts call. Each
//! is a builtin function object bound to its number in this thread's table
//! of closures; one trampoline converts the arguments, calls the closure,
//! catches a panic, and turns a Rust error into a script exception.

use std::cell::RefCell;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::modules::asyncio::host_wake::{self, Completion, HostFuture};
use crate::runtime::function::BuiltinObj;
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, PyResult};

use super::{raise_error, Error, FromValue, ToValue};

/// What a native function returns: any [`ToValue`], or a `Result` of one
/// whose error converts into [`Error`] (raised in the script).
pub trait IntoResult {
    /// The value, or the error to raise.
    #[doc(hidden)]
    fn into_result(self) -> Result<Value, Error>;
}

impl<T: ToValue> IntoResult for T {
    fn into_result(self) -> Result<Value, Error> {
        self.to_value()
    }
}

impl<T: ToValue, E: Into<Error>> IntoResult for Result<T, E> {
    fn into_result(self) -> Result<Value, Error> {
        self.map_err(Into::into)?.to_value()
    }
}

/// Converts argument `i` (counted from 1 in messages).
#[doc(hidden)]
pub fn arg<T: FromValue>(args: &[Value], i: usize) -> Result<T, Error> {
    T::from_value(args[i]).map_err(|e| match e {
        Error::Conversion { expected, found } => Error::exception("TypeError", format!("argument {} must be {expected}, not {found}", i + 1)),
        e => e,
    })
}

/// A Rust function or closure callable from scripts, taking 0 to 6
/// arguments that implement [`FromValue`] and returning an [`IntoResult`].
/// Implemented for every such `Fn` (closures may hold state).
pub trait Function<Args>: 'static {
    /// How many arguments it takes.
    #[doc(hidden)]
    fn arity(&self) -> usize;
    /// Converts the arguments (already counted) and calls it.
    #[doc(hidden)]
    fn call(&self, args: &[Value]) -> Result<Value, Error>;
}

/// A Rust function or closure returning a future, callable and awaitable
/// from scripts: it takes 0 to 6 [`FromValue`] arguments, converted when
/// it is called, and its future's output is an [`IntoResult`]. The future
/// need not be `Send`: it is polled on the VM's thread, by the event loop.
pub trait AsyncFunction<Args>: 'static {
    /// How many arguments it takes.
    #[doc(hidden)]
    fn arity(&self) -> usize;
    /// Converts the arguments (already counted) and makes the future.
    #[doc(hidden)]
    fn call(&self, args: &[Value]) -> Result<HostFuture, Error>;
}

macro_rules! arities {
    ($($len:literal: ($($n:ident $i:tt),*))*) => {$(
        impl<F, R, $($n),*> Function<($($n,)*)> for F
        where
            F: Fn($($n),*) -> R + 'static,
            R: IntoResult,
            $($n: FromValue,)*
        {
            fn arity(&self) -> usize {
                $len
            }
            #[allow(unused_variables)]
            fn call(&self, args: &[Value]) -> Result<Value, Error> {
                (self)($(arg::<$n>(args, $i)?),*).into_result()
            }
        }

        impl<F, Fut, R, $($n),*> AsyncFunction<($($n,)*)> for F
        where
            F: Fn($($n),*) -> Fut + 'static,
            Fut: Future<Output = R> + 'static,
            R: IntoResult + 'static,
            $($n: FromValue,)*
        {
            fn arity(&self) -> usize {
                $len
            }
            #[allow(unused_variables)]
            fn call(&self, args: &[Value]) -> Result<HostFuture, Error> {
                let fut = (self)($(arg::<$n>(args, $i)?),*);
                Ok(Box::pin(Guarded { inner: Box::pin(fut) }))
            }
        }
    )*};
}
arities!(
    0: ()
    1: (A 0)
    2: (A 0, B 1)
    3: (A 0, B 1, C 2)
    4: (A 0, B 1, C 2, D 3)
    5: (A 0, B 1, C 2, D 3, E 4)
    6: (A 0, B 1, C 2, D 3, E 4, G 5)
);

/// A host future whose polls and result conversion catch panics, and
/// whose output becomes a completion run on the VM thread.
struct Guarded<R> {
    /// The host's future.
    inner: Pin<Box<dyn Future<Output = R>>>,
}

/// The message of a panic payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".into()
    }
}

impl<R: IntoResult + 'static> Future for Guarded<R> {
    type Output = Completion;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Completion> {
        match catch_unwind(AssertUnwindSafe(|| self.inner.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(r)) => Poll::Ready(Box::new(move || match catch_unwind(AssertUnwindSafe(|| r.into_result())) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(raise_error(&e)),
                Err(p) => raise_named("RuntimeError", format!("a native async function panicked: {}", panic_message(&*p))),
            })),
            Err(p) => {
                let message = format!("a native async function panicked: {}", panic_message(&*p));
                Poll::Ready(Box::new(move || raise_named("RuntimeError", message)))
            }
        }
    }
}

/// How a registered closure is called.
#[derive(Clone)]
enum Callable {
    /// A plain function.
    Sync(Rc<dyn Fn(&[Value]) -> Result<Value, Error>>),
    /// A function returning a future.
    Async(Rc<dyn Fn(&[Value]) -> Result<HostFuture, Error>>),
}

/// One registered native function.
#[derive(Clone)]
struct Registered {
    /// Its name, for messages.
    name: &'static str,
    /// How many arguments it takes.
    arity: usize,
    /// The closure.
    callable: Callable,
}

thread_local! {
    /// The native functions of this thread, by number.
    static TABLE: RefCell<Vec<Registered>> = const { RefCell::new(Vec::new()) };
}

/// The one `NativeFn` behind every native function; `args[0]` is its number.
fn trampoline(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let entry = TABLE.with(|t| t.borrow()[args[0].as_small() as usize].clone());
    let name = entry.name;
    if !kwnames.is_empty() {
        return raise_named("TypeError", format!("{name}() takes no keyword arguments"));
    }
    let args = &args[1..];
    if args.len() != entry.arity {
        let s = if entry.arity == 1 { "" } else { "s" };
        return raise_named("TypeError", format!("{name}() takes {} positional argument{s} but {} were given", entry.arity, args.len()));
    }
    let outcome = catch_unwind(AssertUnwindSafe(|| match &entry.callable {
        Callable::Sync(f) => f(args).map(Ok),
        Callable::Async(f) => f(args).map(Err),
    }));
    match outcome {
        Ok(Ok(Ok(v))) => Ok(v),
        Ok(Ok(Err(fut))) => host_wake::spawn(fut),
        Ok(Err(e)) => Err(raise_error(&rename(e, name))),
        Err(p) => raise_named("RuntimeError", format!("native function {name}() panicked: {}", panic_message(&*p))),
    }
}

/// Puts the function's name in front of an argument conversion message.
fn rename(e: Error, name: &str) -> Error {
    match e {
        Error::Exception { class, message, traceback } if class == "TypeError" && message.starts_with("argument ") => {
            Error::Exception { class, message: format!("{name}() {message}"), traceback }
        }
        e => e,
    }
}

/// True for the builtin objects made here (shown as `<built-in function NAME>`).
pub(crate) fn is_native(b: &BuiltinObj) -> bool {
    b.func as *const () as usize == trampoline as *const () as usize
}

/// Makes the builtin function object for a closure.
fn make(name: &str, arity: usize, callable: Callable) -> Value {
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let index = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.push(Registered { name, arity, callable });
        t.len() - 1
    });
    crate::runtime::function::new_builtin_obj(name, trampoline, Value::small_unchecked(index as i64))
}

/// Makes a native function object for `f`.
pub(crate) fn make_sync<Args, F: Function<Args>>(name: &str, f: F) -> Value {
    let arity = f.arity();
    make(name, arity, Callable::Sync(Rc::new(move |args| f.call(args))))
}

/// Makes a native async function object for `f`.
pub(crate) fn make_async<Args, F: AsyncFunction<Args>>(name: &str, f: F) -> Value {
    let arity = f.arity();
    make(name, arity, Callable::Async(Rc::new(move |args| f.call(args))))
}
