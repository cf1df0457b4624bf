"""When does a new task start? create_task only schedules it: the task runs
when its creator gives control back to the event loop, at an await that
suspends. While main keeps the CPU busy without awaiting, the task cannot
run at all (the goroutine in the Go program runs meanwhile).
"""

import asyncio
import time

BUSY = 0.2  # how long main computes without an await, in seconds


async def main() -> None:
    started = asyncio.Event()

    async def worker() -> str:
        print("task: running")
        started.set()
        return "ok"

    task = asyncio.create_task(worker())

    # Busy work with no await: nothing else can run on the event loop's thread.
    deadline = time.monotonic() + BUSY
    while not started.is_set() and time.monotonic() < deadline:
        pass  # stands for CPU work between two await points
    print(f"main: busy, never awaited; task started meanwhile: {started.is_set()}")

    result = await task  # main suspends here: only now the task runs
    print(f"main: result {result!r}")


asyncio.run(main())
