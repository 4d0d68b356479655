# The rarer part of coro's enum module, loaded the first time a program
# names one of these (enum's module __getattr__ then copies them into
# enum): verify and its EnumChecks, global_enum and its reprs,
# show_flag_values, bin and the pickling helpers.

from enum import Enum, Flag, StrEnum, ReprEnum, KEEP, _bin, _is_single_bit


def _bits(num):
    # The bits of a non-negative int, lowest first.
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_bits(value))


bin = _bin


class EnumCheck(StrEnum):
    """What verify() can check an enumeration for."""
    __module__ = "enum"
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """A class decorator checking an enumeration for the EnumChecks given."""
    __module__ = "enum"

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = ["%s -> %s" % (name, m.name) for name, m in enumeration.__members__.items()
                           if name != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    expected = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
                else:
                    expected = range(low + 1, high)
                missing = [str(v) for v in expected if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (enum_type, cls_name, ', '.join(missing)))[:256])
            elif check is NAMED_FLAGS:
                named = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_ or alias.value < 0:
                        continue
                    unnamed = [bit for bit in _bits(alias.value) if bit not in named]
                    if unnamed:
                        missing_names.append(name)
                        for bit in unnamed:
                            missing_value |= bit
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration


def global_enum_repr(self):
    # `module.NAME`: the member as the module's global global_enum made it.
    return '%s.%s' % (self.__class__.__module__.rpartition('.')[2], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.rpartition('.')[2]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    keep = self._boundary_ is KEEP
    return '|'.join(part if keep and part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Makes an enumeration's members globals of its module, and their
    reprs name them so."""
    import sys
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


for _f in (show_flag_values, global_enum_repr, global_flag_repr, global_str, global_enum, pickle_by_global_name,
           pickle_by_enum_name):
    _f.__module__ = "enum"
del _f
