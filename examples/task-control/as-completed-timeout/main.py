"""asyncio.as_completed with a timeout, the notes' example put right: three
requests, two take about 300ms and one takes 1.5s; we stop waiting after 800ms.
The timeout ends our loop, but it cancels nothing: the slow request keeps running.
"""

import asyncio
import time


async def fetch_status(index: int, delay: float) -> tuple[int, int]:
    """Stands for an HTTP request that takes delay and returns a status."""
    await asyncio.sleep(delay)
    return index, 200


async def main() -> None:
    start = time.monotonic()

    def elapsed() -> str:
        return f"{time.monotonic() - start:.2f}s"

    delays = [0.3, 0.3, 1.5]
    tasks = [asyncio.create_task(fetch_status(i, d)) for i, d in enumerate(delays)]
    received = 0
    for next_done in asyncio.as_completed(tasks, timeout=0.8):  # one deadline
        try:
            index, status = await next_done
        except TimeoutError:  # each later await would raise it at once
            left = len(tasks) - received
            print(f"timeout after {elapsed()}: {left} request(s) still running")
            break
        received += 1
        print(f"request {index}: status {status} after {elapsed()}")

    # Nobody cancelled the slow request, so it runs to the end anyway.
    await asyncio.wait(tasks)
    print(f"all request tasks ended after {elapsed()}")
    print("result nobody read:", tasks[2].result())


asyncio.run(main())
