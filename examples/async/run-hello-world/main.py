"""The entry point of an asyncio program. asyncio.run creates a new event
loop, runs the coroutine to its end, cancels the tasks it left running, closes
the loop and returns the coroutine's result. The __main__ guard keeps the
program from starting when the module is imported.
"""

import asyncio


async def my_coroutine() -> None:
    print("Hello world!")


if __name__ == "__main__":
    asyncio.run(my_coroutine())
