"""The event-loop pattern done right: a queue of messages and a loop that
handles them as they come. asyncio.Queue is a real FIFO queue (a deque taken
with popleft inside); `await queue.get()` sleeps, without using the CPU,
while the queue is empty. The producer ends the stream with None, since
Queue.shutdown() needs Python 3.13. Same lines as the Go program beside it.
"""

import asyncio


def process_message(message: str) -> None:
    print("processing:", message)


async def produce(queue: asyncio.Queue) -> None:
    """Messages arrive over time, then the producer says "no more"."""
    for message in ("first", "second", "third"):
        await queue.put(message)
        await asyncio.sleep(0.02)
    await queue.put(None)


async def main() -> None:
    queue = asyncio.Queue(maxsize=10)
    producer = asyncio.create_task(produce(queue))

    # The loop: first in, first out; it sleeps while the queue is empty.
    while (message := await queue.get()) is not None:
        process_message(message)
    print("loop: queue closed and empty, exiting")
    await producer


asyncio.run(main())
