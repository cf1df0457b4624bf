"""A future is a box for one result that arrives later. It is set once: a
second set_result raises InvalidStateError, and the first value stays.

The running loop makes the future, inside a coroutine. A Future() made at
the top of a script, with no event loop, warns on Python 3.12 and 3.13 and
fails on 3.14.
"""

import asyncio


async def main() -> None:
    my_future = asyncio.get_running_loop().create_future()
    print("done:", my_future.done())
    try:
        my_future.result()
    except asyncio.InvalidStateError:
        print("result() before set_result: InvalidStateError")

    my_future.set_result(42)
    print("set_result(42)")
    print("done:", my_future.done())
    print("result():", my_future.result())

    try:
        my_future.set_result(43)
    except asyncio.InvalidStateError:
        print("set_result(43): InvalidStateError")
    print("result() is still", my_future.result())


asyncio.run(main())
