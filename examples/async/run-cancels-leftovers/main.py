"""asyncio.run gives the coroutine a new event loop and returns its result;
before returning, it cancels every task the coroutine left running and waits
until they have handled the cancellation. An exception of the coroutine
reaches the caller, and asyncio.run can be called again.
"""

import asyncio
import time

UNIT = 0.1  # seconds


async def background() -> None:
    """Would run for 100 units; cancelled, it takes a unit to clean up."""
    try:
        await asyncio.sleep(100 * UNIT)
        print("background: finished")
    except asyncio.CancelledError:
        await asyncio.sleep(UNIT)  # cleaning up, e.g. closing a connection
        print("background: cancelled at its await - cleaned up")
        raise  # end as cancelled


async def root() -> int:
    task = asyncio.create_task(background())
    await asyncio.sleep(2 * UNIT)  # the root's own work
    print(f"root: returning 42, the background task is done: {task.done()}")
    return 42


async def failing_root() -> int:
    raise ConnectionRefusedError("connection refused")


start = time.monotonic()
result = asyncio.run(root())
early = time.monotonic() - start < 20 * UNIT
print(f"run #1: result {result}; returned long before 100 units: {early}")

try:
    asyncio.run(failing_root())
except ConnectionRefusedError as err:
    print("run #2: raised", repr(err))
