"""asyncio.as_completed: handle each result as soon as its task finishes, not in
the order the tasks were started. With a plain for, each item is a new
coroutine whose await gives the next result to arrive, whoever it is: the task
puts its own index into its result.
"""

import asyncio
import time


def label(seconds: float) -> str:
    """A delay as Go prints it (200ms, 1.4s, 2s), so that one spec checks both."""
    return f"{seconds * 1000:.0f}ms" if seconds < 1 else f"{seconds:g}s"


async def task(index: int, delay: float) -> str:
    """Stands for I/O of unknown length."""
    await asyncio.sleep(delay)
    return f"task {index} slept {label(delay)}"


async def main() -> None:
    # The notes draw random delays; fixed ones make the run checkable.
    delays = [1.4, 0.2, 2.0, 1.4, 0.8]
    start = time.monotonic()
    tasks = [asyncio.create_task(task(i, d)) for i, d in enumerate(delays)]

    for next_done in asyncio.as_completed(tasks):
        result = await next_done  # the next task to finish, whichever it is
        print(f"after {time.monotonic() - start:.2f}s: {result}")
    total = time.monotonic() - start
    no_sooner = str(total >= max(delays)).lower()  # true, as Go prints it
    print(
        f"all {len(delays)} results after {total:.2f}s,",
        f"no sooner than the slowest task: {no_sooner}",
    )


asyncio.run(main())
