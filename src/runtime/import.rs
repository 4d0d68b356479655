//! `import`: native modules (`sys`), and `.py` files next to the script,
//! compiled and run on first import and cached in `vm().modules`.

use std::cell::RefCell;
use std::path::PathBuf;

use super::value::Value;
use super::vm::{raise_named, vm, PyResult};

thread_local! {
    /// The folder of the main script, where `import name` finds `name.py`.
    static SCRIPT_DIR: RefCell<PathBuf> = RefCell::new(PathBuf::from("."));
}

/// Sets the folder imports are searched in.
pub fn set_script_dir(dir: PathBuf) {
    SCRIPT_DIR.with(|d| *d.borrow_mut() = dir);
}

/// Imports module `name`.
pub fn import_module(name: &str) -> PyResult<Value> {
    if let Some(&m) = vm().modules.borrow().get(name) {
        return Ok(m);
    }
    let m = match name {
        "sys" => super::module_sys::create(),
        _ => {
            let path = SCRIPT_DIR.with(|d| d.borrow().join(format!("{}.py", name.replace('.', "/"))));
            if !path.is_file() {
                return raise_named("ModuleNotFoundError", format!("No module named '{name}'"));
            }
            return crate::compile::import_file(name, &path);
        }
    };
    vm().modules.borrow_mut().insert(name.to_string(), m);
    Ok(m)
}
