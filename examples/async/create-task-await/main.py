"""asyncio.create_task returns a Task at once; awaiting it gives the result.

The task is only scheduled: it starts when main gives control back to the
event loop, at its await. So main's line always comes before the task's
first line (in Go either may come first).
"""

import asyncio

UNIT = 0.1  # one unit of time, in seconds


async def delay(units: int) -> int:
    """The notes' delay coroutine: sleep for some units, return how many."""
    print(f"sleeping for {units} units")
    await asyncio.sleep(units * UNIT)
    print(f"finished sleeping {units} units")
    return units


async def main() -> None:
    sleep_for_three = asyncio.create_task(delay(3), name="delay(3)")
    # A Task object, not a coroutine, and main carries on at once.
    kind = type(sleep_for_three).__name__
    print(f"got a {kind} named {sleep_for_three.get_name()!r}, main goes on")
    result = await sleep_for_three  # main yields here; now the task runs
    print(f"result {result}")


asyncio.run(main())
