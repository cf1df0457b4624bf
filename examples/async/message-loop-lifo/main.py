"""The notes' message loop, as written: messages are appended at the right end
of a deque and taken with pop(), also from the right end, so the newest
message is handled first: a stack, not a queue. And the loop
`while True: if messages: ...` never ends: once the deque is empty it keeps
checking it, burning a CPU core. A deadline stops this demo after 100ms.
"""

import time
from collections import deque


def process_message(message: str) -> None:
    print("processing:", message)


# Three messages arrived in this order; append put each on the right.
messages = deque(["first", "second", "third"])

idle = 0
deadline = time.monotonic() + 0.1  # the notes' loop has no exit at all
while time.monotonic() < deadline:
    if messages:
        message = messages.pop()  # the mistake: from the right (LIFO)
        process_message(message)
    else:
        idle += 1  # busy-waiting: nothing to do, check again at once
print(f"queue empty, loop still spinning: {idle} idle checks in 100ms")
