//! `import`: native modules (`sys`), and `.py` files next to the script,
//! compiled and run on first import and cached in `vm().modules`.

use std::cell::RefCell;
use std::path::PathBuf;

use super::value::Value;
use super::vm::{raise_named, vm, PyResult};

thread_local! {
    /// The folder of the main script, where `import name` finds `name.py`.
    static SCRIPT_DIR: RefCell<PathBuf> = RefCell::new(PathBuf::from("."));
    /// Modules given as source text by an embedding host, by name.
    static SOURCES: RefCell<std::collections::HashMap<String, String>> = RefCell::new(std::collections::HashMap::new());
}

/// Raises `ModuleNotFoundError: No module named 'name'` with its `name`,
/// saying so when CPython's standard library has the module and coro not.
fn module_not_found<T>(name: &str) -> PyResult<T> {
    let top = name.split('.').next().unwrap_or(name);
    let text = if super::stdlib_names::is_stdlib_module(top) {
        format!("No module named '{name}': coro does not support this standard library module")
    } else {
        format!("No module named '{name}'")
    };
    raise_not_found(name, &text)
}

/// Raises ModuleNotFoundError with message `text` for module `name`.
fn raise_not_found<T>(name: &str, text: &str) -> PyResult<T> {
    let message = super::str::new_str(text);
    let exc = super::exception::new_exception(super::vm::exc_class("ModuleNotFoundError"), &[message]);
    super::exception::exc_attrs(exc).set_str(super::vm::intern("name"), super::str::new_str(name));
    super::vm::set_exception(exc);
    Err(super::vm::Exc)
}

/// Registers the source of module `name`, imported from memory (before
/// the filesystem is searched, and without needing access to it).
pub fn add_source_module(name: &str, source: &str) {
    SOURCES.with(|s| s.borrow_mut().insert(name.to_string(), source.to_string()));
}

/// Sets the folder imports are searched in.
pub fn set_script_dir(dir: PathBuf) {
    SCRIPT_DIR.with(|d| *d.borrow_mut() = dir);
}

/// The folder of the main script.
pub fn script_dir() -> PathBuf {
    SCRIPT_DIR.with(|d| d.borrow().clone())
}

/// Imports module `name`.
pub fn import_module(name: &str) -> PyResult<Value> {
    if let Some(&m) = vm().modules.borrow().get(name) {
        return Ok(m);
    }
    if let Some(cap) = super::capabilities::needed_by_module(name) {
        super::capabilities::require(cap, "ImportError", &format!("import of '{name}'"))?;
    }
    if let Some(source) = SOURCES.with(|s| s.borrow().get(name).cloned()) {
        let file = format!("<{name}>");
        super::exception::register_source(&file, &source);
        return match crate::compile::run_source(name, &file, &source) {
            Ok(r) => r,
            Err(e) => {
                let line = crate::syntax::diagnostic::line_of(&source, e.span.start as usize);
                raise_named(e.class.name(), format!("{} ({file}, line {line})", e.message))
            }
        };
    }
    let m = match name {
        "sys" => super::module_sys::create(),
        "time" => crate::modules::time::create(),
        "_time" => crate::modules::calendar_time::create(),
        "math" => crate::modules::math::create(),
        "contextvars" => crate::modules::contextvars::create(),
        "gc" => crate::modules::gc::create(),
        "_traceback" => crate::modules::traceback::create(),
        "random" => crate::modules::random_module::create(),
        "_asyncio" => crate::modules::asyncio::create(),
        "_collections" => crate::modules::collections::create(),
        "_itertools" => crate::modules::itertools::create(),
        "_codegen" => crate::modules::codegen::create(),
        "socket" => crate::modules::socket::create(),
        "signal" => crate::modules::signal::create(),
        "_re" => crate::modules::re::create(),
        "_coro_process" => crate::modules::process::create(),
        "_coro_os" => crate::modules::os::create(),
        "_struct" => crate::modules::struct_codec::create(),
        // CPython's private name for the same module (one set of classes).
        "_collections_abc" => import_module("collections.abc")?,
        // os.path is posixpath, loaded by os itself.
        "os.path" => {
            import_module("os")?;
            import_module("posixpath")?
        }
        // A namespace made by the asyncio module itself (stdlib/asyncio_process.py).
        "asyncio.subprocess" => {
            let asyncio = import_module("asyncio")?;
            super::attr::getattr(asyncio, super::vm::intern("subprocess"))?
        }
        _ if crate::modules::asyncio::is_submodule(name) => crate::modules::asyncio::submodule(name)?,
        _ if stdlib_source(name).is_some() => {
            let source = stdlib_source(name).expect("checked");
            let m = match crate::compile::run_stdlib(name, &format!("<stdlib>/{name}.py"), source) {
                Ok(r) => r?,
                Err(e) => return raise_named("SyntaxError", format!("in the embedded {name} module: {}", e.message)),
            };
            // A submodule is an attribute of its package (`collections.abc`).
            if let Some((parent, child)) = name.rsplit_once('.') {
                super::module::set_global(import_module(parent)?, child, m);
            }
            // os names its path module in sys.modules, as CPython's does.
            if name == "os" {
                let path = super::module::get_global(m, "path");
                vm().modules.borrow_mut().insert("os.path".to_string(), path);
            }
            return Ok(m);
        }
        _ => {
            let path = SCRIPT_DIR.with(|d| d.borrow().join(format!("{}.py", name.replace('.', "/"))));
            if !super::capabilities::granted().contains(super::capabilities::Capabilities::FILESYSTEM) || !path.is_file() {
                // `import a.b` imports `a` first (or fails naming it), as
                // CPython does; a module that is not a package has no `b`.
                if let Some((parent, _)) = name.rsplit_once('.') {
                    let folder = SCRIPT_DIR.with(|d| d.borrow().join(parent.replace('.', "/")).is_dir());
                    if !folder {
                        import_module(parent)?;
                        if !is_stdlib_package(parent) {
                            return raise_not_found(name, &format!("No module named '{name}'; '{parent}' is not a package"));
                        }
                    }
                }
                return module_not_found(name);
            }
            return crate::compile::import_file(name, &path);
        }
    };
    vm().modules.borrow_mut().insert(name.to_string(), m);
    Ok(m)
}

/// Whether `name` is one of CPython's standard-library packages (a module
/// that can have submodules).
fn is_stdlib_package(name: &str) -> bool {
    const STDLIB_PACKAGES: &[&str] = &[
        "asyncio", "collections", "concurrent", "ctypes", "curses", "dbm", "email", "encodings", "ensurepip",
        "html", "http", "idlelib", "importlib", "json", "lib2to3", "logging", "multiprocessing", "pydoc_data",
        "re", "sqlite3", "test", "tkinter", "tomllib", "unittest", "urllib", "venv", "wsgiref", "xml", "xmlrpc",
        "zoneinfo",
    ];
    STDLIB_PACKAGES.contains(&name.split('.').next().unwrap_or(name))
}

/// Standard-library modules written in the language, embedded in the binary.
fn stdlib_source(name: &str) -> Option<&'static str> {
    match name {
        // The I/O part (transports, streams, subprocesses) follows the core.
        "asyncio" => Some(include_str!("../../stdlib/asyncio.py")),
        "typing" => Some(include_str!("../../stdlib/typing.py")),
        // What typing loads on first use of Annotated, ParamSpec, IO...
        "_typing_extras" => Some(include_str!("../../stdlib/typing_extras.py")),
        "_typing_io" => Some(include_str!("../../stdlib/typing_io.py")),
        "itertools" => Some(include_str!("../../stdlib/itertools.py")),
        "operator" => Some(include_str!("../../stdlib/operator.py")),
        "functools" => Some(include_str!("../../stdlib/functools.py")),
        "dataclasses" => Some(include_str!("../../stdlib/dataclasses.py")),
        "heapq" => Some(include_str!("../../stdlib/heapq.py")),
        "bisect" => Some(include_str!("../../stdlib/bisect.py")),
        "string" => Some(include_str!("../../stdlib/string.py")),
        "_sys_structs" => Some(include_str!("../../stdlib/_sys_structs.py")),
        "_time_structs" => Some(include_str!("../../stdlib/_time_structs.py")),
        "_code" => Some(include_str!("../../stdlib/_code.py")),
        "collections.abc" => Some(include_str!("../../stdlib/collections_abc.py")),
        "copy" => Some(include_str!("../../stdlib/copy.py")),
        "collections" => Some(include_str!("../../stdlib/collections.py")),
        "_collections_user" => Some(include_str!("../../stdlib/collections_user.py")),
        "traceback" => Some(include_str!("../../stdlib/traceback.py")),
        "io" => Some(include_str!("../../stdlib/io.py")),
        "inspect" => Some(include_str!("../../stdlib/inspect.py")),
        "atexit" => Some(include_str!("../../stdlib/atexit.py")),
        "abc" => Some(include_str!("../../stdlib/abc.py")),
        "enum" => Some(include_str!("../../stdlib/enum.py")),
        "_enum_extras" => Some(include_str!("../../stdlib/enum_extras.py")),
        "contextlib" => Some(include_str!("../../stdlib/contextlib.py")),
        "types" => Some(include_str!("../../stdlib/types.py")),
        "json" => Some(include_str!("../../stdlib/json.py")),
        "re" => Some(include_str!("../../stdlib/re.py")),
        "textwrap" => Some(include_str!("../../stdlib/textwrap.py")),
        "reprlib" => Some(include_str!("../../stdlib/reprlib.py")),
        "pprint" => Some(include_str!("../../stdlib/pprint.py")),
        "warnings" => Some(include_str!("../../stdlib/warnings.py")),
        "logging" => Some(include_str!("../../stdlib/logging.py")),
        "numbers" => Some(include_str!("../../stdlib/numbers.py")),
        "fractions" => Some(include_str!("../../stdlib/fractions.py")),
        "decimal" => Some(include_str!("../../stdlib/decimal.py")),
        "statistics" => Some(include_str!("../../stdlib/statistics.py")),
        "datetime" => Some(include_str!("../../stdlib/datetime.py")),
        "os" => Some(include_str!("../../stdlib/os.py")),
        "posixpath" => Some(include_str!("../../stdlib/posixpath.py")),
        "csv" => Some(include_str!("../../stdlib/csv.py")),
        "struct" => Some(include_str!("../../stdlib/struct.py")),
        "keyword" => Some(include_str!("../../stdlib/keyword.py")),
        "colorsys" => Some(include_str!("../../stdlib/colorsys.py")),
        "fnmatch" => Some(include_str!("../../stdlib/fnmatch.py")),
        "graphlib" => Some(include_str!("../../stdlib/graphlib.py")),
        "html" => Some(include_str!("../../stdlib/html.py")),
        "html.entities" => Some(include_str!("../../stdlib/html_entities.py")),
        // What datetime loads on first use of strptime or a rare strftime directive.
        "_datetime_extras" => Some(include_str!("../../stdlib/datetime_extras.py")),
        _ => None,
    }
}
