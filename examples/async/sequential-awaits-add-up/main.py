"""Sequential awaits add up. say_after waits, then prints; main awaits it
twice, one after the other: 1 unit + 2 units = 3 units. Nothing overlaps,
because the second coroutine starts only when the first has returned. It
prints the same lines as the Go program beside it.
"""

import asyncio
import time

UNIT = 0.2  # seconds


async def say_after(delay: float, msg: str) -> None:
    await asyncio.sleep(delay)
    print(msg)


async def main() -> None:
    started = time.monotonic()

    await say_after(1 * UNIT, "hello")
    await say_after(2 * UNIT, "world")

    took = time.monotonic() - started
    ms = round(took * 100) * 10  # rounded to 10ms, as the Go program prints it
    at_least = str(took >= 3 * UNIT).lower()  # true/false, as Go prints a bool
    print(
        f"Time: {ms}ms (3 units of {UNIT * 1000:.0f}ms), at least 3 units: {at_least}"
    )


asyncio.run(main())
