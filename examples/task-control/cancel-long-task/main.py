"""A long task is polled with task.done() and cancelled after the fifth check,
as in the notes' example (corrected). cancel() only asks: CancelledError is
raised inside the task, at the await where it is suspended, on the next turn
of the event loop. Until then the task is not done, so the loop polls once more.
"""

import asyncio
import time


async def delay(seconds):
    """Sleep for seconds and return them (the notes' util.delay)."""
    start = time.monotonic()
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        # The cancellation lands here, at the task's own await, not in main.
        elapsed = time.monotonic() - start
        print(f"delay({seconds}): cancelled at its await after {elapsed:.2f}s")
        raise  # let the task end as cancelled
    return seconds


async def main():
    long_task = asyncio.create_task(delay(2))
    check = 0
    while not long_task.done():
        check += 1
        print(f"check {check}: the task is not finished, next check in 200ms")
        await asyncio.sleep(0.2)
        if check == 5:
            print("cancelling the task")
            long_task.cancel()  # a request: it returns at once

    try:
        await long_task
    except asyncio.CancelledError:
        print(f"our task was cancelled: {long_task.cancelled()}")


asyncio.run(main())
