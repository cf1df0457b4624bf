"""Awaitables: await accepts any object with an __await__ method. A Future,
a Task (a Future whose result its own coroutine sets) and a coroutine
object all have one, so one function can await any of them.
"""

import asyncio
import time
from collections.abc import Awaitable

UNIT = 0.4  # one unit of time, in seconds


async def sum_all(*aws: Awaitable[int]) -> int:
    """Await each awaitable in turn and add up the results."""
    total = 0
    for aw in aws:
        value = await aw
        print(f"awaited a {type(aw).__name__}: {value}")
        total += value
    return total


async def two() -> int:
    await asyncio.sleep(UNIT)
    return 2


async def three() -> int:
    print("coroutine: running only now, in the task that awaits it")
    return 3


async def main() -> None:
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(UNIT, future.set_result, 1)
    task = asyncio.create_task(two(), name="two")
    coro = three()  # a coroutine object: nothing runs yet

    print("Task is a subclass of Future:", issubclass(asyncio.Task, asyncio.Future))
    print(f"task {task.get_name()!r} done: {task.done()} (done() comes from Future)")
    for aw in (future, task, coro):
        # isinstance looks for __await__: none of them inherits Awaitable.
        is_awaitable = isinstance(aw, Awaitable)
        inherits = Awaitable in type(aw).__mro__
        print(f"{type(aw).__name__}: Awaitable {is_awaitable}, inherits it {inherits}")

    total = await sum_all(future, task, coro)
    print(f"total {total}, after {(time.perf_counter() - start) * 1000:.0f}ms")


asyncio.run(main())
