"""Three tasks of 3 units each, awaited one after another, take about 3 units
in all, not 9: they wait at the same time.

It prints the same lines as the Go program beside it, durations included.
"""

import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds


def go_duration(seconds: float) -> str:
    """A duration as Go prints it, rounded to 10ms: 610ms, 1.8s."""
    ms = round(seconds * 100) * 10
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:g}s"


async def delay(units: int) -> int:
    """The notes' delay coroutine: sleep for some units, return how many."""
    print(f"sleeping for {units} units")
    await asyncio.sleep(units * UNIT)
    print(f"finished sleeping {units} units")
    return units


async def main() -> None:
    start = time.perf_counter()
    task_1 = asyncio.create_task(delay(3))
    task_2 = asyncio.create_task(delay(3))
    task_3 = asyncio.create_task(delay(3))

    await task_1  # all three start here, when main first yields
    await task_2  # already done by now
    await task_3
    took = go_duration(time.perf_counter() - start)
    print(f"all three done after {took} (one after another: {go_duration(9 * UNIT)})")


asyncio.run(main())
