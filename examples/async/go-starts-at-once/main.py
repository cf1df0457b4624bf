"""The notes' rocket() called without await: a coroutine call is not `go f()`.
It returns a coroutine object and runs none of the body, not even while main
awaits and the event loop has nothing else to do: the loop runs tasks, and
nothing made this coroutine one. (The goroutine beside it starts at once.)
When the forgotten object is destroyed, Python writes a RuntimeWarning.
"""

import asyncio
import inspect


async def rocket() -> None:
    print("rocket: 1, 2, 3, Go!")


async def main() -> None:
    print("main: rocket()")
    coro = rocket()  # the notes' mistake: no await, no task
    print(f"main: got {coro!r}")
    await asyncio.sleep(0.1)  # main waits; the loop is free for 100ms
    print("main: after a 100ms await, the rocket is", inspect.getcoroutinestate(coro))
    # The only reference goes away: Python warns that it was never awaited.
    del coro


asyncio.run(main())
