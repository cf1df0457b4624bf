"""asyncio.wait_for(asyncio.shield(task), timeout): when the time is up, only
the shield is cancelled, not the task inside it. The caller stops waiting,
tells the user, and then awaits the same task again to collect its result.
"""

import asyncio
import time


def since(start):
    return f"{time.monotonic() - start:.2f}s"


async def delay(seconds):
    """Sleep for seconds and return them (the notes' util.delay)."""
    print(f"delay: sleeping for {seconds}s")
    await asyncio.sleep(seconds)
    print(f"delay: finished sleeping for {seconds}s")
    return seconds


async def main():
    start = time.monotonic()
    task = asyncio.create_task(delay(0.8))  # keep a reference to the task
    try:
        result = await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except TimeoutError:
        print(f"main: TimeoutError after {since(start)}; it will finish soon!")
        result = await task  # the task was not cancelled: wait for it after all
    print(f"main: result {result}, after {since(start)}")


asyncio.run(main())
