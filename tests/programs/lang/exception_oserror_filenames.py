# OSError(errno, strerror, filename[, winerror, filename2]) keeps only (errno, strerror) as args.
e = FileNotFoundError(2, 'nf', 'p.txt')
print(repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
# expect: FileNotFoundError(2, 'nf') [Errno 2] nf: 'p.txt' (2, 'nf') 2 nf p.txt None
e = OSError(2, 'nf', 'a', None, 'b')
print(repr(e), str(e), e.args, e.filename2)
# expect: FileNotFoundError(2, 'nf') [Errno 2] nf: 'a' -> 'b' (2, 'nf') b
e = OSError(1, 'x')
print(repr(e), str(e), e.filename)
# expect: PermissionError(1, 'x') [Errno 1] x None
e = OSError('just text')
print(repr(e), str(e), e.errno)
# expect: OSError('just text') just text None
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.args)
# expect: OSError(1, 2, 3, 4, 5, 6) (1, 2, 3, 4, 5, 6)
print(type(OSError(2, 'no such')).__name__, type(OSError(13, 'perm', 'f')).__name__)
# expect: FileNotFoundError PermissionError
