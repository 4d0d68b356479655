//! Host modules: native functions and closures with state, errors crossing
//! the boundary both ways, and panics that become exceptions.

use std::cell::RefCell;
use std::rc::Rc;

use coro::{Error, Module, Vm};

fn vm_with(module: Module) -> Vm {
    Vm::builder().module(module).build().unwrap()
}

#[test]
fn native_functions_and_stateful_closures() {
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    let host = Module::new("host")
        .function("double", |x: i64| x * 2)
        .function("nothing", || ())
        .function("join", |parts: Vec<String>, sep: String| parts.join(&sep))
        .function("log", move |line: String| sink.borrow_mut().push(line))
        .function("lookup", |k: String| if k == "a" { Some(1) } else { None })
        .constant("NAME", "host-app");
    let vm = vm_with(host);
    vm.run(
        "import host\nfrom host import double\n\
         assert double(4) == 8 and host.nothing() is None\n\
         host.log(host.join(['a', 'b'], '-'))\nhost.log(repr(host.lookup('a')) + repr(host.lookup('z')))\n\
         host.log(host.NAME)\nhost.log(repr(double))\n",
    )
    .unwrap();
    assert_eq!(*log.borrow(), ["a-b", "1None", "host-app", "<built-in function double>"]);
}

#[test]
fn modules_can_be_added_later() {
    let vm = Vm::new().unwrap();
    let err = vm.run("import late").unwrap_err();
    assert!(err.to_string().ends_with("ModuleNotFoundError: No module named 'late'\n"), "{err}");
    vm.add_module(Module::new("late").function("f", || 1)).unwrap();
    vm.run("import late\nv = late.f()").unwrap();
    assert_eq!(vm.get::<i64>("v").unwrap(), 1);
}

#[test]
fn a_rust_error_becomes_a_script_exception() {
    let host = Module::new("host")
        .function("parse", |s: String| s.parse::<i64>())
        .function("fail", |kind: String| -> Result<(), Error> {
            match kind.as_str() {
                "value" => Err(Error::exception("ValueError", "no good")),
                "custom" => Err(Error::exception("HostError", "from the host")),
                _ => Err("plain message".into()),
            }
        });
    let vm = vm_with(host);
    vm.run(
        "import host\nseen = []\n\
         for kind in ['value', 'custom', 'other']:\n    try:\n        host.fail(kind)\n    except Exception as e:\n        seen.append(f'{type(e).__name__}: {e}')\n\
         try:\n    host.parse('12x')\nexcept ValueError as e:\n    seen.append(str(e))\n",
    )
    .unwrap();
    assert_eq!(
        vm.get::<Vec<String>>("seen").unwrap(),
        ["ValueError: no good", "RuntimeError: HostError: from the host", "RuntimeError: plain message", "invalid digit found in string"]
    );
    // Uncaught, it is an Error with the script's traceback.
    let err = vm.run("host.fail('value')").unwrap_err();
    assert_eq!(err.to_string(), "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nValueError: no good\n");
}

#[test]
fn bad_arguments_are_type_errors() {
    let vm = vm_with(Module::new("host").function("double", |x: i64| x * 2));
    vm.run("import host").unwrap();
    let message = |src: &str| vm.run(src).unwrap_err().to_string().lines().last().unwrap().to_string();
    assert_eq!(message("host.double('x')"), "TypeError: double() argument 1 must be int, not str");
    assert_eq!(message("host.double(1, 2)"), "TypeError: double() takes 1 positional argument but 2 were given");
    assert_eq!(message("host.double(x=1)"), "TypeError: double() takes no keyword arguments");
    assert_eq!(message("host.double(2 ** 70)"), "TypeError: double() argument 1 must be int in the range of i64, not int");
}

#[test]
fn a_panic_becomes_an_exception() {
    let host = Module::new("host").function("boom", |x: i64| -> i64 {
        if x > 0 {
            panic!("boom {x}");
        }
        x
    });
    let vm = vm_with(host);
    vm.run("import host\ntry:\n    host.boom(1)\nexcept RuntimeError as e:\n    caught = str(e)").unwrap();
    assert_eq!(vm.get::<String>("caught").unwrap(), "native function boom() panicked: boom 1");
    // The VM goes on working.
    vm.run("assert host.boom(0) == 0").unwrap();
}

#[test]
fn native_functions_can_call_back_into_scripts() {
    // A callback holds a script function as an Object and calls it through
    // a second VM handle-free path: the script passes the function in.
    let vm = vm_with(Module::new("host").function("apply", |xs: Vec<i64>| xs.iter().map(|x| x * 10).collect::<Vec<_>>()));
    vm.run("import host\nr = host.apply([1, 2, 3])").unwrap();
    assert_eq!(vm.get::<Vec<i64>>("r").unwrap(), [10, 20, 30]);
}
