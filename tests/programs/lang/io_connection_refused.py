# Connecting to a port nobody listens on: ConnectionRefusedError worded as
# CPython words it, over IPv4 and IPv6, through streams and sock_connect.
import asyncio
import socket


def free_port(family, host):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def main():
    loop = asyncio.get_running_loop()
    port = free_port(socket.AF_INET, "127.0.0.1")
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))
    port6 = free_port(socket.AF_INET6, "::1")
    try:
        await asyncio.open_connection("::1", port6)
    except OSError as e:
        print(type(e).__name__, str(e).replace(str(port6), "PORT"))
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ("127.0.0.1", port))
    except ConnectionRefusedError as e:
        print("sock_connect:", str(e).replace(str(port), "PORT"))
    s.close()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except OSError as e:
        print(isinstance(e, ConnectionError), e.errno)


asyncio.run(main())
# expect: ConnectionRefusedError 111 [Errno 111] Connect call failed ('127.0.0.1', PORT)
# expect: ConnectionRefusedError [Errno 111] Connect call failed ('::1', PORT, 0, 0)
# expect: sock_connect: [Errno 111] Connect call failed ('127.0.0.1', PORT)
# expect: True 111
