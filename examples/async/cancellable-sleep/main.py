"""asyncio.sleep can be interrupted: cancelling the task raises CancelledError
at its await, and the sleep ends at once; no code is needed for that.
time.sleep cannot be interrupted, and in a coroutine it blocks the event loop
itself: a cancel due at 200ms can only land at the task's next await.
"""

import asyncio
import time


def ms(seconds: float) -> str:
    return f"{round(seconds * 100) * 10}ms"  # rounded to 10ms


async def blocking() -> None:
    time.sleep(0.6)  # blocks the thread, and with it the whole event loop
    await asyncio.sleep(0.1)  # the first await: a cancel can land only here


async def cancel_after(delay: float, coro) -> tuple[float, bool]:
    """Run coro as a task and cancel it after delay seconds; return how long
    the task lasted and whether it ended cancelled."""
    start = time.monotonic()
    task = asyncio.create_task(coro)
    asyncio.get_running_loop().call_later(delay, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        pass
    return time.monotonic() - start, task.cancelled()


async def main() -> None:
    # 1. Nobody cancels: the sleep lasts at least the requested time.
    start = time.monotonic()
    await asyncio.sleep(0.2)
    took = time.monotonic() - start
    print(f"asyncio.sleep(0.2): after {ms(took)}, at least 200ms: {took >= 0.2}")

    # 2. A 10s sleep cancelled at 200ms ends then, with CancelledError.
    took, cancelled = await cancel_after(0.2, asyncio.sleep(10))
    print(f"asyncio.sleep(10), cancel at 200ms: cancelled={cancelled} after {ms(took)}")

    # 3. time.sleep ignores the cancel: the task runs on for the full 600ms.
    took, cancelled = await cancel_after(0.2, blocking())
    print(
        f"time.sleep(0.6), cancel at 200ms: cancelled={cancelled} after {ms(took)},"
        f" at least 600ms: {took >= 0.6}"
    )


asyncio.run(main())
