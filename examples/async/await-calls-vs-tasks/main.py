"""Awaiting coroutines directly runs them one after another: 1 + 2 = 3 units.
Creating tasks first and then awaiting them overlaps the waits: 2 units.

It prints the same lines as the Go program beside it, so the helpers below
print durations and booleans as Go does.
"""

import asyncio
import math
import time

UNIT = 0.3  # one unit of time, in seconds


def since(start: float) -> float:
    """Seconds since start, rounded down to 10ms (so never up to 3 units)."""
    return math.floor((time.perf_counter() - start) * 100) / 100


def go_duration(seconds: float) -> str:
    """A duration as Go prints it: 900ms, 1.2s."""
    ms = round(seconds * 1000)
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:g}s"


def go_bool(value: bool) -> str:
    """A bool as Go prints it: true, false."""
    return str(value).lower()


async def say_after(units: int, what: str) -> str:
    """The notes' say_after: wait some units, then print what."""
    await asyncio.sleep(units * UNIT)
    print(what)
    return what


async def main() -> None:
    # Coroutines awaited in turn: the second starts when the first has ended.
    start = time.perf_counter()
    await say_after(1, "hello")
    await say_after(2, "world")
    took = since(start)
    at_least = go_bool(took >= 3 * UNIT)
    print(f"direct calls took {go_duration(took)}, at least 3 units: {at_least}")

    # Tasks already exist when main awaits the first: both wait at once.
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    await task1
    await task2
    took = since(start)
    less = go_bool(took < 3 * UNIT)
    print(f"tasks took {go_duration(took)}, less than 3 units: {less}")

    # Awaiting task2 alone also sees task1's line, but only because task1
    # is the shorter one: nothing waits for it.
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    await task2
    took = since(start)
    less = go_bool(took < 3 * UNIT)
    print(f"waiting for task2 only took {go_duration(took)}, less than 3 units: {less}")
    await task1  # returns at once: task1 ended a unit ago


asyncio.run(main())
