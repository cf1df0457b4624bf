"""The notes warn that one hung task can hang all the others. That is true
only if the task blocks the event loop itself (a blocking call such as
time.sleep). A task that waits at an await stops only itself: the others
finish on time. The danger that remains is awaiting it without a deadline.
"""

import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds


async def work(units: int, name: str) -> str:
    """Stands for a call that takes some units."""
    await asyncio.sleep(units * UNIT)
    return f"{name} done"


async def wait_for_answer(answer: asyncio.Future) -> str:
    """Stands for a call whose answer never comes."""
    return await answer


async def main() -> None:
    start = time.perf_counter()
    never = asyncio.get_running_loop().create_future()  # nobody sets it
    stuck = asyncio.create_task(wait_for_answer(never))
    a = asyncio.create_task(work(2, "a"))
    b = asyncio.create_task(work(2, "b"))

    ra = await a
    rb = await b
    took = time.perf_counter() - start
    sooner = took < 4 * UNIT  # 4 units: a, then b, one after the other
    print(f"{ra}, {rb} after {took * 1000:.0f}ms, sooner than 4 units: {sooner}")

    # Never await a task without a way out: here a deadline of 2 units.
    done, _ = await asyncio.wait([stuck], timeout=2 * UNIT)
    print("stuck finished" if done else "stuck: still not done, giving up waiting")

    stuck.cancel()  # ask it to stop, then it can be waited for
    await asyncio.wait([stuck])
    print("stuck after cancel: cancelled", stuck.cancelled())


asyncio.run(main())
