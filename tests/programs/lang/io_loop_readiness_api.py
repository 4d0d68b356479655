# The loop's low-level I/O: add_reader/add_writer/remove_*, the sock_*
# coroutines on non-blocking sockets, the socket module basics, and
# run_in_executor (time.sleep runs off the loop, so other tasks go on).
import asyncio
import socket
import time


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    print(listener.getblocking(), listener.gettimeout(), listener.family == socket.AF_INET, listener.fileno() >= 0)
    host, port = listener.getsockname()
    print(host, type(port).__name__)

    client = socket.socket()
    client.setblocking(False)
    accepted, _ = await asyncio.wait_for(asyncio.gather(loop.sock_accept(listener), loop.sock_connect(client, (host, port))), 10)
    conn, addr = accepted
    print(addr[0], conn.getpeername() == client.getsockname(), conn.getblocking())

    await loop.sock_sendall(client, b"ping" * 50000)
    got = b""
    while len(got) < 200000:
        got += await asyncio.wait_for(loop.sock_recv(conn, 65536), 10)
    print(len(got), got[:8])

    # Readiness callbacks with arguments; replacing and removing them.
    events = []
    ready = loop.create_future()

    def on_readable(tag):
        events.append((tag, conn.recv(100)))
        loop.remove_reader(conn.fileno())
        ready.set_result(None)

    loop.add_reader(conn.fileno(), on_readable, "first")
    loop.add_reader(conn, on_readable, "second")
    client.send(b"hello")
    await asyncio.wait_for(ready, 10)
    print(events)
    print(loop.remove_reader(conn.fileno()), loop.remove_writer(conn.fileno()))

    writable = loop.create_future()
    loop.add_writer(client.fileno(), lambda: writable.done() or writable.set_result("writable"))
    print(await asyncio.wait_for(writable, 10), loop.remove_writer(client.fileno()))

    client.close()
    print(await asyncio.wait_for(loop.sock_recv(conn, 10), 10))
    conn.close()
    listener.close()
    try:
        conn.recv(1)
    except OSError as e:
        print(type(e).__name__, e.errno)

    # Blocking socket calls on a blocking socket.
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    c = socket.socket()
    c.connect(srv.getsockname())
    s, _ = srv.accept()
    c.sendall(b"blocking")
    print(s.recv(100))
    for sock in (c, s, srv):
        sock.close()

    # run_in_executor.
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0.01)

    t = asyncio.create_task(ticker())
    print(await loop.run_in_executor(None, time.sleep, 0.2), ticks)
    await t
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError", e)
    f = loop.run_in_executor(None, max, 1, 2)
    print(asyncio.isfuture(f), await f)


asyncio.run(main())
# expect: False 0.0 True True
# expect: 127.0.0.1 int
# expect: 127.0.0.1 True False
# expect: 200000 b'pingping'
# expect: [('second', b'hello')]
# expect: False False
# expect: writable True
# expect: b''
# expect: OSError 9
# expect: b'blocking'
# expect: None [0, 1, 2]
# expect: 6
# expect: ValueError invalid literal for int() with base 10: 'x'
# expect: True 2
