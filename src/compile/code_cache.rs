//! Machine code kept on disk from one run to the next, as CPython keeps
//! bytecode in `__pycache__`: the standard library's, which every asyncio
//! program compiles again otherwise (about 40 ms of Cranelift for a
//! program using streams), and the program's own (a few ms per function
//! at the optimized tier, a tenth of a short benchmark).
//!
//! Cranelift's incremental cache does the matching: its key hashes all of
//! a function but the names it refers to, and a hit gives the code with
//! those names' relocations, as a compile would. What varies between runs
//! is the addresses of the runtime's objects (interned names, call sites,
//! constants), which our IR embeds as immediates; `symbolize_constants`
//! turns each into a symbol whose name carries the address, so the code
//! of a function is the same from run to run, and `constant_reloc` gives
//! the address back when the code is placed. The runtime's own functions
//! and statics are at fixed addresses (the executable is not
//! position-independent) and stay immediates.
//!
//! Since a function's code depends only on its IR (and Cranelift's version
//! and flags, which the key covers), a hit is always the code a compile
//! would give: stale entries are never wrong, only unused. Each build of
//! the executable keeps its entries in a folder of its own, the oldest
//! such folders are removed, and a folder that grows past `MAX_ENTRIES`
//! is emptied.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cranelift_codegen::incremental_cache::CacheKvStore;
use cranelift_codegen::ir::{self, types, ExternalName, GlobalValueData, InstBuilder, InstructionData, Opcode, UserExternalName};
use cranelift_codegen::{FinalizedMachReloc, FinalizedRelocTarget};

/// Namespaces of external names with this bit set carry a constant: the
/// rest of the namespace is its high 32 bits, the index its low 32 bits.
const CONSTANT: u32 = 1 << 31;

/// The end of the user half of the address space: constants from here up
/// (masks, negative numbers) are not addresses.
const ADDRESS_END: u64 = 1 << 47;

/// The entries a build's folder may hold (about 6 KB each).
const MAX_ENTRIES: usize = 10_000;

/// Build folders kept beside the current one.
const OLD_BUILDS_KEPT: usize = 3;

/// The folder of this build's entries, once `enable` found one.
static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Turns the cache on for this process (the `coro` command does; code
/// embedding coro does not, since its executable may move between runs):
/// in `$CORO_CODE_CACHE`, or `$XDG_CACHE_HOME/coro`, or `~/.cache/coro`;
/// `CORO_CODE_CACHE=off` turns it off.
pub fn enable() {
    DIR.get_or_init(|| {
        let base = match std::env::var_os("CORO_CODE_CACHE") {
            Some(v) if v == "off" => return None,
            Some(v) if !v.is_empty() => PathBuf::from(v),
            _ => match (std::env::var_os("XDG_CACHE_HOME"), std::env::var_os("HOME")) {
                (Some(x), _) if !x.is_empty() => PathBuf::from(x).join("coro"),
                (_, Some(h)) if !h.is_empty() => PathBuf::from(h).join(".cache").join("coro"),
                _ => return None,
            },
        };
        let dir = base.join(build_name()?);
        if !dir.is_dir() {
            std::fs::create_dir_all(&dir).ok()?;
            prune_old_builds(&base, &dir);
        }
        Some(dir)
    });
}

/// The store to compile through, when the cache is on.
pub fn store() -> Option<DiskStore> {
    DIR.get().and_then(|d| d.as_deref()).map(|dir| DiskStore { dir })
}

/// A name for this build of the executable: its size and modification
/// time, which a rebuild changes.
fn build_name() -> Option<String> {
    let meta = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
    let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!("{:x}-{:x}", meta.len(), modified.as_nanos()))
}

/// Removes all but the newest `OLD_BUILDS_KEPT` build folders in `base`
/// other than `current`. Errors are ignored: another run may be pruning too.
fn prune_old_builds(base: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    let mut old: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| e.path() != current)
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    old.sort();
    let excess = old.len().saturating_sub(OLD_BUILDS_KEPT);
    for (_, path) in old.into_iter().take(excess) {
        let _ = std::fs::remove_dir_all(path);
    }
}

/// The cache's files: one per function, named by its key, holding the
/// compiled code and a checksum of it.
pub struct DiskStore {
    /// This build's folder.
    dir: &'static Path,
}

impl DiskStore {
    fn path(&self, key: &[u8]) -> PathBuf {
        let name: String = key.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(name)
    }
}

/// A checksum of a stored entry, so that a damaged file reads as a miss.
fn checksum(bytes: &[u8]) -> [u8; 8] {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish().to_le_bytes()
}

impl CacheKvStore for DiskStore {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let mut bytes = std::fs::read(self.path(key)).ok()?;
        let body = bytes.len().checked_sub(8)?;
        if bytes[body..] != checksum(&bytes[..body]) {
            return None;
        }
        bytes.truncate(body);
        Some(Cow::Owned(bytes))
    }

    fn insert(&mut self, key: &[u8], mut val: Vec<u8>) {
        // A run that adds entries first makes sure the folder has not
        // grown past its bound (programs that keep changing add entries
        // that are never used again); past it, the folder starts afresh.
        static CHECKED: std::sync::Once = std::sync::Once::new();
        CHECKED.call_once(|| {
            let Ok(files) = std::fs::read_dir(self.dir) else { return };
            if files.count() > MAX_ENTRIES {
                for file in std::fs::read_dir(self.dir).into_iter().flatten().flatten() {
                    let _ = std::fs::remove_file(file.path());
                }
            }
        });
        // Written aside and renamed into place: other runs read whole
        // files or none.
        let path = self.path(key);
        static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let temp = path.with_extension(format!("{}-{n}.tmp", std::process::id()));
        let sum = checksum(&val);
        val.extend_from_slice(&sum);
        if std::fs::write(&temp, &val).is_err() || std::fs::rename(&temp, &path).is_err() {
            let _ = std::fs::remove_file(&temp);
        }
    }
}

extern "C" {
    /// The end of the executable's image (set by the linker): addresses
    /// from here up are the heap's and the mappings', which vary by run.
    static _end: u8;
}

/// Replaces each 64-bit constant in `func` that may be an address past the
/// executable's image by a symbol naming it (see the module comment).
pub fn symbolize_constants(func: &mut ir::Function) {
    let floor = std::ptr::addr_of!(_end) as u64;
    let mut symbols: HashMap<u64, ir::GlobalValue> = HashMap::new();
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for block in blocks {
        let mut next = func.layout.first_inst(block);
        while let Some(inst) = next {
            next = func.layout.next_inst(inst);
            let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = func.dfg.insts[inst] else { continue };
            let value = imm.bits() as u64;
            if !(floor..ADDRESS_END).contains(&value) || func.dfg.ctrl_typevar(inst) != types::I64 {
                continue;
            }
            let gv = *symbols.entry(value).or_insert_with(|| {
                let name = func.declare_imported_user_function(UserExternalName::new(CONSTANT | (value >> 32) as u32, value as u32));
                func.create_global_value(GlobalValueData::Symbol { name: ExternalName::user(name), offset: ir::immediates::Imm64::new(0), colocated: false, tls: false })
            });
            func.replace(inst).symbol_value(types::I64, gv);
        }
    }
}

/// The constant a relocation of `func`'s code stands for, if it is one of
/// `symbolize_constants`'s symbols: what to write at its offset.
pub fn constant_reloc(reloc: &FinalizedMachReloc, func: &ir::Function) -> Option<u64> {
    let FinalizedRelocTarget::ExternalName(ExternalName::User(name)) = reloc.target else { return None };
    let name = &func.params.user_named_funcs()[name];
    (name.namespace & CONSTANT != 0).then(|| ((((name.namespace & !CONSTANT) as u64) << 32) | name.index as u64).wrapping_add(reloc.addend as u64))
}
