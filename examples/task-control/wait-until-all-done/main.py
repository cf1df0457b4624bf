"""The notes' loop over asyncio.wait(FIRST_COMPLETED), fixed: wait on the
pending tasks again and again until none is left, handling each finished task
(its result or its exception) as soon as it is done. asyncio.wait takes tasks,
not coroutines (a TypeError since Python 3.11), so the requests become tasks first.
"""

import asyncio
import time


async def fetch_status(delay: float, error: Exception | None = None) -> str:
    """Stands for an HTTP request that takes delay, then returns or raises."""
    await asyncio.sleep(delay)
    if error is not None:
        raise error
    return "status 200"


async def main() -> None:
    start = time.monotonic()
    reset = ConnectionResetError("connection reset by peer")
    # Listed in another order than they finish (3, then 1, then 2).
    pending = {
        asyncio.create_task(fetch_status(0.8, reset), name="request 1"),
        asyncio.create_task(fetch_status(1.3), name="request 2"),
        asyncio.create_task(fetch_status(0.3), name="request 3"),
    }
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        elapsed = time.monotonic() - start
        print(f"after {elapsed:.2f}s: {len(done)} done, {len(pending)} pending")
        for task in done:
            if task.exception() is None:
                print(f"  {task.get_name()}: {task.result()}")
            else:
                print(f"  {task.get_name()} failed: {task.exception()}")


asyncio.run(main())
