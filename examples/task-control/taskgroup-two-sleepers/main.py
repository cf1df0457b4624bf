"""asyncio.TaskGroup (Python 3.11+): tg.create_task starts each task, and
leaving the "async with" block waits until all of them have finished.
"""

import asyncio
import time


async def print1():
    await asyncio.sleep(0.8)
    print("1")


async def print2():
    await asyncio.sleep(0.4)
    print("2")


async def main():
    start = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(print1())
        tg.create_task(print2())
    # Only here, after the block, have both tasks finished.
    elapsed = time.monotonic() - start
    print(f"group done after {elapsed:.2f}s, not 1.2s: the tasks ran concurrently")


asyncio.run(main())
