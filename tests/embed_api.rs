//! The embedding API: running code, globals, calls (sync and async),
//! conversions both ways, and errors rendered as the CLI renders them.

use std::collections::{BTreeMap, HashMap};

use coro::{Error, Object, Vm};

#[test]
fn run_get_set_and_call() {
    let vm = Vm::new().unwrap();
    vm.run("def add(a, b):\n    return a + b\ncount = 0").unwrap();
    assert_eq!(vm.call::<i64>("add", (2, 3)).unwrap(), 5);
    assert_eq!(vm.call::<String>("add", ("a", "b")).unwrap(), "ab");
    vm.set("count", 41).unwrap();
    vm.run("count += 1").unwrap();
    assert_eq!(vm.get::<i64>("count").unwrap(), 42);
    let err = vm.get::<i64>("missing").unwrap_err();
    assert_eq!(err.exception_class(), Some("NameError"));
}

#[test]
fn async_functions_and_top_level_await() {
    let vm = Vm::new().unwrap();
    vm.run(
        "import asyncio\n\
         async def twice(x):\n    await asyncio.sleep(0.001)\n    return [x, x]\n\
         r = await asyncio.gather(twice(1), twice(2))\n",
    )
    .unwrap();
    assert_eq!(vm.get::<Vec<Vec<i64>>>("r").unwrap(), vec![vec![1, 1], vec![2, 2]]);
    assert_eq!(vm.call::<(i64, i64)>("twice", (7,)).unwrap(), (7, 7));
    let coroutine = vm.call_raw("twice", (3,)).unwrap();
    assert_eq!(coroutine.type_name(), "coroutine");
    assert_eq!(vm.run_until_complete::<Vec<i64>>(coroutine).unwrap(), vec![3, 3]);
}

#[test]
fn tasks_keep_running_between_host_calls() {
    let vm = Vm::new().unwrap();
    vm.run(
        "import asyncio\nticks = 0\n\
         async def ticker():\n    global ticks\n    while True:\n        ticks += 1\n        await asyncio.sleep(0)\n\
         async def start():\n    global task\n    task = asyncio.create_task(ticker())\n\
         async def wait():\n    for _ in range(10):\n        await asyncio.sleep(0)\n    return ticks\n",
    )
    .unwrap();
    vm.call::<()>("start", ()).unwrap();
    let seen: i64 = vm.call("wait", ()).unwrap();
    assert!(seen >= 9, "the task ran {seen} times");
}

#[test]
fn conversions_round_trip() {
    let vm = Vm::new().unwrap();
    vm.run("def echo(x):\n    return x").unwrap();
    macro_rules! round_trip {
        ($($v:expr => $t:ty),* $(,)?) => {$(
            let v: $t = $v;
            assert_eq!(vm.call::<$t>("echo", (v.clone(),)).unwrap(), v);
        )*};
    }
    round_trip!(
        7i8 => i8, -7i16 => i16, 70_000i32 => i32, i64::MAX => i64, u64::MAX => u64, i128::MIN => i128,
        usize::MAX => usize, 1.5f64 => f64, 0.25f32 => f32, true => bool, false => bool,
        "héllo".to_string() => String, None => Option<i64>, Some(3) => Option<i64>,
        vec![1, 2, 3] => Vec<i64>, vec!["a".to_string()] => Vec<String>, vec![] => Vec<f64>,
        (1, "x".to_string()) => (i64, String), (1, 2.5, true, None) => (i64, f64, bool, Option<String>),
        HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]) => HashMap<String, i64>,
        BTreeMap::from([(1, vec![Some(true)])]) => BTreeMap<i64, Vec<Option<bool>>>,
    );
    vm.call::<()>("echo", ((),)).unwrap();
    vm.run("import math\nbig = 2 ** 100\nf = 3\nt = (1, 2)\nitems = {'k': [1, (2, 3)]}").unwrap();
    assert_eq!(vm.get::<u128>("big").unwrap(), 1u128 << 100);
    assert_eq!(vm.get::<f64>("f").unwrap(), 3.0);
    assert_eq!(vm.get::<Vec<i64>>("t").unwrap(), vec![1, 2]);
    assert!(matches!(vm.get::<i64>("big"), Err(Error::Conversion { .. })));
    assert!(matches!(vm.get::<(i64, i64, i64)>("t"), Err(Error::Conversion { .. })));
    assert!(matches!(vm.get::<String>("f"), Err(Error::Conversion { ref expected, ref found }) if expected == "str" && found == "int"));
    let items: HashMap<String, Object> = vm.get("items").unwrap();
    assert_eq!(items["k"].repr(), "[1, (2, 3)]");
    vm.set("back", items["k"].clone()).unwrap();
    vm.run("assert back is items['k']").unwrap();
}

#[test]
fn objects_survive_collections() {
    let vm = Vm::new().unwrap();
    vm.run("def make(n):\n    return [str(i) for i in range(n)]").unwrap();
    let held: Object = vm.call("make", (1000,)).unwrap();
    vm.run("junk = [[i] * 10 for i in range(100000)]\njunk = None").unwrap();
    vm.collect_garbage();
    let strings: Vec<String> = held.get().unwrap();
    assert_eq!(strings.len(), 1000);
    assert_eq!(strings[999], "999");
}

#[test]
fn a_script_exception_is_an_error_with_its_traceback() {
    let vm = Vm::new().unwrap();
    let err = vm.run_named("job.py", "def f(x):\n    raise ValueError(f'bad {x}')\n\nf(3)\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "Traceback (most recent call last):\n  File \"job.py\", line 4, in <module>\n    f(3)\n  File \"job.py\", line 2, in f\n    raise ValueError(f'bad {x}')\nValueError: bad 3\n"
    );
    assert!(matches!(&err, Error::Exception { class, message, .. } if class == "ValueError" && message == "bad 3"));
    assert!(err.traceback().is_some());
    // Exceptions from calls, too.
    vm.run("def g():\n    return {}['k']").unwrap();
    let err = vm.call::<()>("g", ()).unwrap_err();
    assert!(err.to_string().ends_with("KeyError: 'k'\n"), "{err}");
}

/// Runs `coro run FILE` and returns its standard error.
fn cli_stderr(path: &std::path::Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coro")).arg("run").arg(path).output().unwrap();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn errors_render_exactly_as_the_cli_does() {
    let dir = std::env::temp_dir().join(format!("coro-embed-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, source) in [
        ("syntax.py", "x = 1\nif x\n    pass\n"),
        ("indent.py", "def f():\nreturn 1\n"),
        ("raise.py", "def inner():\n    return 1 / 0\n\ndef outer():\n    try:\n        inner()\n    except ZeroDivisionError as e:\n        raise RuntimeError('wrapped') from e\n\nouter()\n"),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, source).unwrap();
        let vm = Vm::new().unwrap();
        let err = vm.run_file(&path).unwrap_err();
        assert_eq!(err.to_string(), cli_stderr(&path), "{name}");
        drop(vm);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_vm_per_thread_and_a_new_one_after_drop() {
    let vm = Vm::new().unwrap();
    assert!(matches!(Vm::new(), Err(Error::Host(_))));
    vm.run("x = 1").unwrap();
    drop(vm);
    let vm = Vm::new().unwrap();
    assert!(vm.get::<i64>("x").is_err());
    vm.run("import asyncio\nasync def f():\n    await asyncio.sleep(0)\n    return 5").unwrap();
    assert_eq!(vm.call::<i64>("f", ()).unwrap(), 5);
    // Another thread has its own VM.
    std::thread::spawn(|| {
        let vm = Vm::new().unwrap();
        vm.run("y = 2").unwrap();
        assert_eq!(vm.get::<i64>("y").unwrap(), 2);
    })
    .join()
    .unwrap();
}

#[test]
fn deep_recursion_on_a_small_stack_is_a_recursion_error() {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let vm = Vm::new().unwrap();
            vm.run("def f(n):\n    return f(n + 1) + 1").unwrap();
            let err = vm.call::<i64>("f", (0,)).unwrap_err();
            assert_eq!(err.exception_class(), Some("RecursionError"));
        })
        .unwrap()
        .join()
        .unwrap();
}
