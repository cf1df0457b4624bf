"""aiohttp's time limits, against a local aiohttp.web server: the notes' request with
a total timeout of 10ms of its own, and a session with total = 1s and connect = 100ms.
Every timeout is a TimeoutError (aiohttp's own classes subclass it).

The connect timeout needs a server that never completes the TCP handshake. On Linux
a listening socket whose accept queue is full drops new SYNs, so the program gives
a listener a backlog of 0 and fills it with one connection.
"""

import asyncio
import socket
import time
from collections.abc import Coroutine
from typing import Any

import aiohttp
from aiohttp import web


def server_app(shutdown: asyncio.Event) -> web.Application:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(0.3)  # answers after 300ms
        return web.Response(text="finally")

    async def hang(request: web.Request) -> web.Response:
        await shutdown.wait()  # answers only when the program shuts the server down
        return web.Response(text="too late")

    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/hang", hang)
    return app


async def fetch_status(session: aiohttp.ClientSession, url: str, **kwargs) -> str:
    """The notes' fetch_status: GET url and return the response's status line."""
    async with session.get(url, **kwargs) as response:
        await response.read()  # read to the end, so that the connection can be reused
        return f"{response.status} {response.reason}"


def since(start: float) -> str:
    """The time since start, rounded to 10ms, written as Go writes a duration."""
    ms = round((time.monotonic() - start) * 100) * 10
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:g}s"


async def report(what: str, request: Coroutine[Any, Any, str]) -> None:
    """Await the request and print its status, or its exception and how long it took."""
    start = time.monotonic()
    try:
        # A task of its own for each request: aiohttp before 3.10.11 leaves a task
        # it timed out marked as cancelling, and on early Python 3.11 releases
        # (3.11.2, say) a later timeout in that task then escapes as CancelledError.
        print(f"{what}: {await asyncio.create_task(request)}")
    except Exception as exc:
        took = since(start)
        # The class's name without its module. aiohttp raises TimeoutError itself
        # or a subclass (for the connect timeout ServerTimeoutError before 3.10,
        # ConnectionTimeoutError since); str() of a bare TimeoutError is empty.
        print(f"{what}: {type(exc).__name__}{': ' if str(exc) else ''}{exc}")
        print(f"    a timeout: {isinstance(exc, TimeoutError)}, after {took}")


async def main() -> None:
    shutdown = asyncio.Event()
    runner = web.AppRunner(server_app(shutdown))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    base = f"http://{host}:{port}"

    # A listener whose only place in the accept queue is taken: a connect gets no answer.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    first = socket.create_connection(listener.getsockname())
    unresponsive = "http://{}:{}/".format(*listener.getsockname())

    async with aiohttp.ClientSession() as session:
        print(f"a session's default total timeout: {session.timeout.total}s")

    # The session: total = 1s for a whole request, connect = 100ms to get a connection.
    session_timeout = aiohttp.ClientTimeout(total=1, connect=0.1)
    async with aiohttp.ClientSession(timeout=session_timeout) as session:
        url = base + "/slow"
        await report("GET /slow (300ms) within total 1s", fetch_status(session, url))

        # Per request: this timeout replaces the session's, for this request only.
        ten_millis = aiohttp.ClientTimeout(total=0.01)
        await report(
            "GET /slow with a 10ms request timeout",
            fetch_status(session, url, timeout=ten_millis),
        )
        await report("GET /hang, total 1s", fetch_status(session, base + "/hang"))
        await report(
            "GET on a server that never answers the connect, connect 100ms",
            fetch_status(session, unresponsive),
        )

    first.close()
    listener.close()
    shutdown.set()
    await runner.cleanup()


asyncio.run(main())
