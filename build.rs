//! Generates the parser from `grammar/python.lalrpop` into OUT_DIR.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .emit_rerun_directives(true)
        .process()
        .expect("the grammar must generate a parser");
    // A fixed-address executable: the dynamic loader has no relocations to
    // apply to it at startup (about a third of a short run's page faults).
    println!("cargo:rustc-link-arg-bins=-no-pie");
}
