# Child processes with pipes: communicate() with input, stdout and stderr
# apart or merged (STDOUT), DEVNULL, line-by-line reading, writing stdin
# with drain() and close, returncode, and a missing program.
import asyncio
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def main():
    p = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    print(type(p.pid) is int, p.pid > 0, p.returncode)
    out, err = await asyncio.wait_for(p.communicate(b"hello through cat\n"), 20)
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_shell("echo out; echo err >&2; exit 7", stdout=PIPE, stderr=PIPE)
    out, err = await asyncio.wait_for(p.communicate(), 20)
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_shell("echo one; echo two >&2", stdout=PIPE, stderr=STDOUT)
    out, err = await asyncio.wait_for(p.communicate(), 20)
    print(sorted(out.split()), err, p.returncode)

    p = await asyncio.create_subprocess_exec("sh", "-c", "echo hidden; echo shown >&2", stdout=DEVNULL, stderr=PIPE)
    out, err = await asyncio.wait_for(p.communicate(), 20)
    print(out, err, p.stdout, p.returncode)

    p = await asyncio.create_subprocess_exec("sh", "-c", "for i in 1 2 3; do echo line $i; done", stdout=PIPE)
    lines = []
    while True:
        line = await asyncio.wait_for(p.stdout.readline(), 20)
        if not line:
            break
        lines.append(line)
    print(lines, await asyncio.wait_for(p.wait(), 20))

    p = await asyncio.create_subprocess_exec("wc", "-c", stdin=PIPE, stdout=PIPE)
    for i in range(10):
        p.stdin.write(b"x" * 10000)
        await p.stdin.drain()
    p.stdin.close()
    await p.stdin.wait_closed()
    print(int(await asyncio.wait_for(p.stdout.read(), 20)), await asyncio.wait_for(p.wait(), 20))

    p = await asyncio.create_subprocess_exec("sh", "-c", "exit 3")
    print(await asyncio.wait_for(p.wait(), 20), p.returncode, p.stdin, p.stdout)

    procs = [await asyncio.create_subprocess_exec("sh", "-c", f"echo {i}", stdout=PIPE) for i in range(8)]
    outs = await asyncio.wait_for(asyncio.gather(*[q.communicate() for q in procs]), 20)
    print([o for o, e in outs], [q.returncode for q in procs])

    try:
        await asyncio.create_subprocess_exec("/nonexistent/program", stdout=PIPE)
    except FileNotFoundError as e:
        print(type(e).__name__, e)


asyncio.run(main())
# expect: True True None
# expect: b'hello through cat\n' None 0
# expect: b'out\n' b'err\n' 7
# expect: [b'one', b'two'] None 0
# expect: None b'shown\n' None 0
# expect: [b'line 1\n', b'line 2\n', b'line 3\n'] 0
# expect: 100000 0
# expect: 3 3 None None
# expect: [b'0\n', b'1\n', b'2\n', b'3\n', b'4\n', b'5\n', b'6\n', b'7\n'] [0, 0, 0, 0, 0, 0, 0, 0]
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/program'
