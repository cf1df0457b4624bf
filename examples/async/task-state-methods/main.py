"""The state methods of a task: get_name, done, result before and after the
end, cancelled, set_name.
"""

import asyncio

UNIT = 0.3  # one unit of time, in seconds


async def say_after(units: int, what: str) -> str:
    """The notes' say_after: wait some units, then print what."""
    await asyncio.sleep(units * UNIT)
    print(what)
    return what


async def main() -> None:
    task = asyncio.create_task(say_after(1, "hello"))
    print("name:", task.get_name())  # a default name, Task-N
    try:
        task.result()
    except asyncio.InvalidStateError as err:
        print("result() before the end raises", type(err).__name__)
    print("done:", task.done())

    result = await task
    print(f"awaited: {result!r}")
    print(f"done: {task.done()}, cancelled: {task.cancelled()}")
    print(f"result() now: {task.result()!r}, exception(): {task.exception()}")

    task.set_name(123)  # any object, stored as its str()
    print(f"name after set_name(123): {task.get_name()!r}")


asyncio.run(main())
