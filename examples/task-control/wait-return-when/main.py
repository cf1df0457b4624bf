"""asyncio.wait returns two sets of tasks, done and pending, when return_when
says so: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. It raises nothing
and cancels nothing: a failed task is done, its exception kept inside it.
"""

import asyncio
import time
from urllib.parse import urlsplit


async def say(delay: float, message: str) -> str:
    await asyncio.sleep(delay)
    print(message)
    return message


async def fail(delay: float, exc: Exception) -> str:
    await asyncio.sleep(delay)
    raise exc


async def fetch_status(url: str) -> str:
    """Stands for an HTTP GET; a URL with a bad scheme fails at once."""
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme {scheme!r}")
    await asyncio.sleep(0.3)
    return "status 200"


async def wait_and_show(tasks: list[asyncio.Task], return_when: str) -> set:
    """asyncio.wait, then the time it took and the two sets, by task name."""
    start = time.monotonic()
    done, pending = await asyncio.wait(tasks, return_when=return_when)
    took = time.monotonic() - start

    def names(among: set) -> str:  # in the order of tasks: a set has none
        return "{" + ", ".join(t.get_name() for t in tasks if t in among) + "}"

    print(f"after {took:.2f}s done={names(done)} pending={names(pending)}")
    return pending


async def main() -> None:
    print("== FIRST_COMPLETED")
    foo = asyncio.create_task(say(0.3, "hello ..."), name="foo")
    bar = asyncio.create_task(say(0.8, "... world!"), name="bar")
    pending = await wait_and_show([foo, bar], asyncio.FIRST_COMPLETED)
    await asyncio.wait(pending)  # bar was not stopped: let it finish

    print("== FIRST_EXCEPTION")
    a = asyncio.create_task(say(0.3, "a: ok"), name="a")
    b = asyncio.create_task(fail(0.8, ConnectionRefusedError("refused")), name="b")
    c = asyncio.create_task(say(1.3, "c: ok"), name="c")
    pending = await wait_and_show([a, b, c], asyncio.FIRST_EXCEPTION)
    print("b: error:", repr(b.exception()))  # kept in the task, not raised
    await asyncio.wait(pending)

    print("== ALL_COMPLETED")
    good = asyncio.create_task(fetch_status("https://example.com"), name="good")
    bad = asyncio.create_task(fetch_status("bad://example.com"), name="bad")
    await wait_and_show([good, bad], asyncio.ALL_COMPLETED)
    for task in (good, bad):  # a done task may have ended with an exception
        if task.exception() is None:
            print(f"{task.get_name()}: result {task.result()!r}")
        else:
            print(f"{task.get_name()}: error: {task.exception()!r}")


asyncio.run(main())
