# Children killed by signals: kill(), terminate() and send_signal() give a
# negative returncode; a reaped child cannot be signalled.
import asyncio
import signal


async def main():
    p = await asyncio.create_subprocess_exec("sleep", "30")
    print(p.returncode)
    p.kill()
    print(await asyncio.wait_for(p.wait(), 20), p.returncode == -signal.SIGKILL)

    p = await asyncio.create_subprocess_exec("sleep", "30", stdout=asyncio.subprocess.PIPE)
    p.terminate()
    out, err = await asyncio.wait_for(p.communicate(), 20)
    print(out, p.returncode)

    p = await asyncio.create_subprocess_exec("sleep", "30")
    p.send_signal(signal.SIGTERM)
    print(await asyncio.wait_for(p.wait(), 20))

    p = await asyncio.create_subprocess_exec("sh", "-c", "kill -USR1 $$")
    print(await asyncio.wait_for(p.wait(), 20) == -signal.SIGUSR1)

    p = await asyncio.create_subprocess_exec("true")
    await asyncio.wait_for(p.wait(), 20)
    try:
        p.kill()
    except ProcessLookupError as e:
        print("signalling a reaped child:", type(e).__name__, p.returncode)

    # Many short children are all reaped.
    procs = [await asyncio.create_subprocess_exec("true") for _ in range(20)]
    codes = await asyncio.wait_for(asyncio.gather(*[q.wait() for q in procs]), 20)
    print(codes == [0] * 20)


asyncio.run(main())
# expect: None
# expect: -9 True
# expect: b'' -15
# expect: -15
# expect: True
# expect: signalling a reaped child: ProcessLookupError 0
# expect: True
