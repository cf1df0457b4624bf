"""A TimeoutError that nobody catches (the notes' wait_for example without a
try): it propagates out of main() and asyncio.run(), and Python ends the
program with a traceback on stderr and exit status 1. The greeting is lost.
"""

import asyncio


async def my_coro():
    await asyncio.sleep(0.5)
    return "Hello, world!"


async def main():
    message = await asyncio.wait_for(my_coro(), timeout=0.3)  # not handled
    print(message)


asyncio.run(main())
