"""A sleep stands for a slow call (a database, a web API). While hw_message
sleeps, main, which awaits it, is suspended, but the event loop is not: the
rocket task counts down in that window. Without another task, the window
would be wasted. It prints the same lines as the Go program beside it.
"""

import asyncio
import time

UNIT = 0.1  # seconds


async def hw_message() -> str:
    """Simulate a slow operation: wait, then return the result."""
    await asyncio.sleep(5 * UNIT)  # suspend hw_message (and main) for 5 units
    return "Hello world!"


async def rocket() -> None:
    """The notes' rocket: 1, 2, 3, Go! one unit apart."""
    for step in ("1", "2", "3"):
        print("rocket:", step)
        await asyncio.sleep(UNIT)
    print("rocket: Go!")


async def main() -> None:
    start = time.monotonic()
    countdown = asyncio.create_task(rocket())  # runs while main waits

    message = await hw_message()  # main waits for the result
    print(message)
    took = round((time.monotonic() - start) * 100) * 10  # in ms, as Go rounds it
    print(f"main: got the message after {took}ms")
    await countdown


asyncio.run(main())
