"""done() answers "has the task finished?" at the moment it is asked. A task
that sleeps 10 units is not done right after it is created, nor 3 units
later; it is done only once it has ended.

It prints the same lines as the Go program beside it, so the helpers below
print durations and booleans as Go does.
"""

import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def go_duration(seconds: float) -> str:
    """A duration as Go prints it, rounded to 10ms: 300ms, 1.01s."""
    ms = round(seconds * 100) * 10
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
    start = time.perf_counter()

    def elapsed() -> str:
        return go_duration(time.perf_counter() - start)

    long_task = asyncio.create_task(say_after(10, "hello"))
    print(f"just created: done: {go_bool(long_task.done())}")
    await asyncio.sleep(3 * UNIT)
    print(f"after {elapsed()}: done: {go_bool(long_task.done())}")
    await long_task
    print(f"after {elapsed()}: done: {go_bool(long_task.done())}")


asyncio.run(main())
