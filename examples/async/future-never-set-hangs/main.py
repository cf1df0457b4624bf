"""A pitfall: the task that should set a future returns early on an error
path, and the caller awaits the future with no deadline. Nothing can ever
wake it: the caller hangs. The fixes: set the exception on the error path
too (set_exception), and wait with a deadline (asyncio.timeout).

It prints the same lines as the Go program beside it.
"""

import asyncio
import sys


async def fetch() -> int:
    """Stands for a request that fails."""
    raise ConnectionError("connection refused")


async def produce(future: asyncio.Future) -> None:
    try:
        value = await fetch()
    except ConnectionError as err:
        print(f"producer: {err} - returning without setting the future")
        return  # the bug: the future stays unset
    future.set_result(value)


def watchdog() -> None:
    print(
        "watchdog: main still waiting after 1s; nobody will ever set the future",
        file=sys.stderr,
    )
    sys.exit(1)  # SystemExit leaves the event loop and ends the program


async def main() -> None:
    loop = asyncio.get_running_loop()
    # A watchdog, only so that this demonstration ends: a real program would
    # wait forever.
    loop.call_later(1, watchdog)

    future = loop.create_future()
    producer = asyncio.create_task(produce(future))
    await producer

    print("main: waiting for the future with no deadline")
    value = await future
    print("never printed:", value)


asyncio.run(main())
