# os creates, lists, renames, walks, stats and removes folders, raising the errno's OSError subclass with the path
import os

# A private scratch folder (the pid keeps concurrent runs apart).
base = os.path.join("/tmp", "coro_os_test_%d" % os.getpid())
os.makedirs(os.path.join(base, "sub", "deeper"), exist_ok=True)
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(os.path.join(base, "nope")))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == base)
try:
    os.makedirs(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.remove(os.path.join(base, "missing"))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
print(sorted(os.listdir(base)))
os.mkdir(os.path.join(base, "a"))
os.rename(os.path.join(base, "a"), os.path.join(base, "b"))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, files)
print(sorted((os.path.relpath(root, base), sorted(dirs)) for root, dirs, _ in os.walk(base, topdown=False)))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
st = os.stat(base)
print(type(st).__name__, len(st), st.st_mode == st[0], type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(os.path.getmtime(base) == st.st_mtime, os.access(base, os.F_OK), os.access(os.path.join(base, "x"), os.R_OK))
os.rmdir(os.path.join(base, "b"))
os.removedirs(os.path.join(base, "sub", "deeper"))
print(os.path.exists(base))
print(os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int), isinstance(os.cpu_count(), int))
print(len(os.urandom(16)), os.strerror(2))
# expect: True False False
# expect: FileExistsError 17 File exists True
# expect: FileExistsError 17
# expect: FileNotFoundError 2 No such file or directory missing
# expect: FileNotFoundError No such file or directory
# expect: OSError Directory not empty
# expect: ['sub']
# expect: ['b', 'sub']
# expect: . ['b', 'sub'] []
# expect: b [] []
# expect: sub ['deeper'] []
# expect: sub/deeper [] []
# expect: [('.', ['b', 'sub']), ('b', []), ('sub', ['deeper']), ('sub/deeper', [])]
# expect: [('b', True, False), ('sub', True, False)]
# expect: stat_result 10 True float int
# expect: True True False
# expect: False
# expect: True True True
# expect: 16 No such file or directory
