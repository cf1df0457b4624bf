"""What asyncio.shield protects from, and what it does not. Cancelling the
shield (the wrapper) does not reach the task inside it: task 1 runs to its
end. Cancelling the inner task itself does stop it: shield cannot prevent
that, and task 2 stops at once.
"""

import asyncio
import time


async def start_task(name):
    """Works for 1s unless cancelled, and says how long it ran."""
    print(f"{name}: started")
    start = time.monotonic()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name}: stopped after {time.monotonic() - start:.2f}s: cancelled")
        raise
    elapsed = time.monotonic() - start
    print(f"{name}: finished after {elapsed:.2f}s. What did they want to do with me?")


async def cancel_soon(target, what):
    await asyncio.sleep(0.1)
    target.cancel()
    print(f"canceller: cancelled {what}")


async def run(name, cancel_the_shield):
    task = asyncio.create_task(start_task(name))
    protected = asyncio.shield(task)  # not named "shield": that is the function
    if cancel_the_shield:
        canceller = asyncio.create_task(cancel_soon(protected, "the shield"))
    else:
        canceller = asyncio.create_task(cancel_soon(task, "the task itself"))
    # Keep a reference to the canceller too, and wait for both, whatever their outcome.
    await asyncio.wait([task, canceller])
    print(f"main: {name} cancelled? {task.cancelled()}")


async def main():
    await run("task 1", cancel_the_shield=True)  # the task is protected
    await run("task 2", cancel_the_shield=False)  # the task itself is cancelled


asyncio.run(main())
