"""asyncio.wait with a timeout: when it expires, wait simply returns what is done
and what is still pending. There is no TimeoutError, and nothing is cancelled:
the pending task keeps running while main does other things.
"""

import asyncio
import time


async def main() -> None:
    start = time.monotonic()

    def elapsed() -> str:
        return f"{time.monotonic() - start:.2f}s"

    async def work(name: str, delay: float) -> str:
        print(f"Starting {name} task...")
        await asyncio.sleep(delay)
        print(f"{name} task completed at {elapsed()}")
        return name

    slow = asyncio.create_task(work("slow", 1.3), name="slow")
    fast = asyncio.create_task(work("fast", 0.3), name="fast")

    done, pending = await asyncio.wait([slow, fast], timeout=0.8)
    done_names = sorted(t.get_name() for t in done)
    pending_names = sorted(t.get_name() for t in pending)
    print(f"wait returned at {elapsed()}: done={done_names} pending={pending_names}")

    print("main: busy with something else for 900ms")
    await asyncio.sleep(0.9)  # the slow task finishes meanwhile

    print("main: now awaiting the pending tasks")
    for task in pending:
        await task
    print(f"everything done at {elapsed()}")


asyncio.run(main())
