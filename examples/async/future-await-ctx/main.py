"""The notes' make_request: a function returns a future at once, and a task
it started sets the result a moment later. The loop keeps only weak
references to tasks, so the function keeps the task in a set until it ends.
A deadline keeps a future that nobody sets from hanging the caller.
"""

import asyncio
import time

UNIT = 0.3  # one unit of time, in seconds

background_tasks: set[asyncio.Task] = set()


async def set_future_value(future: asyncio.Future, fail: bool) -> None:
    await asyncio.sleep(UNIT)
    if fail:
        future.set_exception(ConnectionError("server answered 503"))
    else:
        future.set_result(42)


def make_request(fail: bool = False) -> asyncio.Future:
    """Return a future that a background task completes after one unit."""
    future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(set_future_value(future, fail))
    background_tasks.add(task)  # a strong reference while it runs
    task.add_done_callback(background_tasks.discard)
    return future


async def main() -> None:
    start = time.perf_counter()
    future = make_request()
    print("future done:", future.done())
    value = await future
    print("future done:", future.done())
    took = time.perf_counter() - start
    print(f"value {value}, after {took * 1000:.0f}ms")

    try:
        await make_request(fail=True)
    except ConnectionError as err:
        print("failed request:", err)

    # Nobody will ever set this one: wait with a deadline of 2 units.
    try:
        async with asyncio.timeout(2 * UNIT):
            await asyncio.get_running_loop().create_future()
    except TimeoutError:
        print("future nobody sets: TimeoutError at the deadline")


asyncio.run(main())
