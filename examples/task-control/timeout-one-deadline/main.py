"""async with asyncio.timeout(delay) (Python 3.11+) puts one deadline over a
whole block: however many awaits it holds, together they must fit. wait_for
around each call gives each call its own time instead, and the times add up.
A gather inside the block, as in the notes, runs the calls at once: they share
the deadline but take only as long as the slowest of them.
"""

import asyncio
import time

NAMES = ["weather", "currencies", "news"]


def since(start):
    return f"{time.monotonic() - start:.2f}s"


async def fetch(name):
    """Stands for one remote call that takes 400ms."""
    try:
        await asyncio.sleep(0.4)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled")
        raise
    print(f"  {name}: done")


async def main():
    print("a 1s timeout for each call (wait_for around each one):")
    start = time.monotonic()
    for name in NAMES:
        try:
            await asyncio.wait_for(fetch(name), timeout=1)
        except TimeoutError:
            print(f"  {name}: TimeoutError")
    print(f"  all three done after {since(start)}")

    print("one 1s deadline for the whole block (async with asyncio.timeout):")
    start = time.monotonic()
    try:
        async with asyncio.timeout(1):
            for name in NAMES:
                await fetch(name)
    except TimeoutError:
        print(f"  the block failed after {since(start)}: TimeoutError")

    print("the notes' form: gather inside asyncio.timeout, the calls at once:")
    start = time.monotonic()
    async with asyncio.timeout(1):
        await asyncio.gather(*(fetch(name) for name in NAMES))
    print(f"  all three done after {since(start)}")


asyncio.run(main())
