"""A toy event loop on one thread. A task is a generator that yields how long
it wants to wait ("wake me in d seconds"), as a coroutine awaits asyncio.sleep.
The loop runs ready tasks one step each, in FIFO order; a task that waits is
parked in a heap of timers. When nothing is ready, the loop sleeps until the
earliest timer (asyncio sleeps in the selector, epoll or kqueue, waiting for
IO and timers at once). Three waits of 600, 200 and 400ms overlap: about
600ms in total, not 1.2s. Same lines as the Go program beside it.
"""

import heapq
import itertools
import time
from collections import deque


def fetch(name: str, latency: float):
    """Stands for a request: send, wait for the answer, handle it."""
    print(f"{name}: request sent, waiting {latency * 1000:.0f}ms")
    yield latency  # suspend; the loop resumes us later
    print(f"{name}: response received")


def main() -> None:
    start = time.monotonic()
    requests = [("A", 0.6), ("B", 0.2), ("C", 0.4)]  # latencies in seconds
    ready = deque(fetch(name, latency) for name, latency in requests)
    sleeping = []  # a heap of (wake-up time, tie-breaker, task)
    tie = itertools.count()  # so that two tasks are never compared

    while ready or sleeping:
        if not ready:
            # Nothing can run: sleep until the earliest timer instead of spinning.
            print("loop: nothing ready, waiting for the next timer")
            time.sleep(max(0.0, sleeping[0][0] - time.monotonic()))
        # Move every task whose timer has fired to the ready queue.
        while sleeping and sleeping[0][0] <= time.monotonic():
            ready.append(heapq.heappop(sleeping)[2])
        if not ready:
            continue
        task = ready.popleft()
        try:
            delay = next(task)  # run the task until it waits again or ends
        except StopIteration:
            continue  # the task has finished
        heapq.heappush(sleeping, (time.monotonic() + delay, next(tie), task))

    took = round((time.monotonic() - start) * 100) * 10
    print(f"loop: all tasks done in {took}ms")


main()
