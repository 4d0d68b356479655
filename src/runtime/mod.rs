//! The runtime: values, objects, the collector and the builtins.
//!
//! `value` (the word), `object` (header and kinds), `heap` (allocation and
//! collection), one file per object layout (`str`, `bytes`, `number`, `seq`, `dict`,
//! `set`, `function`, `class`, `instance`, `exception`, `module`, `iter`,
//! `range`), the protocols (`ops`, `bytes_ops`, `arith`, `attr`, `call`, `iterate`,
//! `text`, `codec`), the builtins (`builtins`, `methods`, `str_builtins`, `bytes_methods`,
//! `str_format`, `format_value`, `module_sys`) and the plain-Rust semantics
//! they wrap (`numeric`, `format`, `str_methods`, `set_table`).

pub mod args;
pub mod arith;
pub mod async_protocol;
pub mod attr;
pub mod builtins;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_ops;
pub mod capabilities;
pub mod carets;
pub mod call;
pub mod call_site;
pub mod class;
pub mod code_object;
pub mod codec;
pub mod dict;
pub mod dict_view;
pub mod dynamic_code;
pub mod exception;
pub mod exception_group;
pub mod format;
pub mod frame_arena;
pub mod format_value;
pub mod function;
pub mod gc_hooks;
pub mod generator;
pub mod handled;
pub mod heap;
pub mod inline_cache;
pub mod instance;
pub mod shape;
pub mod interrupt;
pub mod iter;
pub mod iter_classes;
pub mod import;
pub mod iterate;
pub mod jit_api;
pub mod limits;
pub mod malloc_count;
pub mod metaclass;
pub mod methods;
pub mod module;
pub mod module_dict;
pub mod module_sys;
pub mod num_convert;
pub mod num_methods;
pub mod number;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod pattern_match;
pub mod percent;
pub mod positions;
pub mod raise;
pub mod range;
pub mod reprlib;
pub mod seq;
pub mod set;
pub mod set_table;
pub mod shutdown;
pub mod stack_walk;
pub mod sort;
pub mod stdlib_names;
pub mod str;
pub mod str_buffer;
pub mod str_builtins;
pub mod str_format;
pub mod str_methods;
pub mod sys_stdin;
pub mod sys_streams;
pub mod suggestions;
pub mod syntax_error;
pub mod text;
pub mod value;
pub mod value_class;
pub mod vm;
