"""asyncio.wait_for(aw, timeout): when the time is up, the work is cancelled
and the caller gets TimeoutError (since Python 3.11 asyncio.TimeoutError is the
built-in TimeoutError). wait_for returns only after the cancelled work has
really ended, so the work's own "cancelled" line comes first.
"""

import asyncio
import time


def since(start):
    return f"{time.monotonic() - start:.2f}s"


async def delay(seconds):
    """Sleep for seconds and return them (the notes' util.delay)."""
    print(f"delay: sleeping for {seconds}s")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print("delay: cancelled")
        raise
    print(f"delay: finished sleeping for {seconds}s")
    return seconds


async def fast_func():
    """Not fast at all: it would sleep for an hour."""
    await delay(3600)
    return "I did not take long"


async def main():
    # wait_for(delay_task, timeout=1) on a task that needs more: a timeout.
    start = time.monotonic()
    delay_task = asyncio.create_task(delay(0.8))
    try:
        print("main: result", await asyncio.wait_for(delay_task, timeout=0.2))
    except TimeoutError:
        print(f"main: timeout after {since(start)}")
        print(f"main: was the task cancelled? {delay_task.cancelled()}")

    # wait_for(fast_func(), timeout=5.0) on an hour-long coroutine.
    start = time.monotonic()
    try:
        print("main: result", await asyncio.wait_for(fast_func(), timeout=0.2))
    except TimeoutError:
        print(f"main: not a very fast function... gave up after {since(start)}")

    # Work that fits in its time returns its result as usual.
    start = time.monotonic()
    result = await asyncio.wait_for(delay(0.2), timeout=1)
    print(f"main: result {result}, after {since(start)}")


asyncio.run(main())
