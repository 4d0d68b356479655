# sys's struct sequences (version_info, float_info, int_info, hash_info, flags): CPython's
# named tuples whose items are also attributes. The sys module makes each
# on first use (its __getattr__ looks the name up here).


def _struct_sequence(name, fields):
    class struct(tuple):
        __module__ = "sys"
        __slots__ = ()
        n_fields = len(fields)
        n_sequence_fields = len(fields)
        n_unnamed_fields = 0

        def __repr__(self):
            items = ", ".join("%s=%r" % pair for pair in zip(fields, self))
            return "sys.%s(%s)" % (name, items)

    for i, field in enumerate(fields):
        setattr(struct, field, property(lambda self, i=i: self[i]))
    struct.__name__ = struct.__qualname__ = name
    return struct


version_info = _struct_sequence("version_info", ("major", "minor", "micro", "releaselevel", "serial"))(
    (3, 11, 7, "final", 0))

float_info = _struct_sequence("float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
    "rounds"))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                2.220446049250313e-16, 2, 1))

int_info = _struct_sequence("int_info", (
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"))((30, 4, 4300, 640))

hash_info = _struct_sequence("hash_info", (
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"))(
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

# (coro's str hashes are not randomized: hash_randomization is 0.)
flags = _struct_sequence("flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"))(
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))
