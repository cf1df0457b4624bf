"""Cancelling a running task, done callbacks, and asyncio.all_tasks(): the
tasks of the loop that have not finished.
"""

import asyncio

UNIT = 0.1  # one unit of time, in seconds


def report(task: asyncio.Task) -> None:
    """A done callback: the loop calls it with the task once it has finished."""
    print(f"callback: {task.get_name()} finished, cancelled={task.cancelled()}")


def unfinished() -> list[str]:
    """The names of the loop's unfinished tasks, but for main's own."""
    others = asyncio.all_tasks() - {asyncio.current_task()}
    return sorted(task.get_name() for task in others)


async def sleeper() -> str:
    print("long: started, going to sleep for 10 units")
    try:
        await asyncio.sleep(10 * UNIT)  # the await where cancellation arrives
    except asyncio.CancelledError:
        print("long: cancelled while sleeping")
        raise  # let it out: that is what makes the task cancelled
    return "slept"


async def main() -> None:
    long = asyncio.create_task(sleeper(), name="long")
    short = asyncio.create_task(asyncio.sleep(2 * UNIT, "short"), name="short")
    long.add_done_callback(report)

    await asyncio.sleep(0)  # let both tasks start
    print("all tasks:", unfinished())
    await short
    print("after short ended, all tasks:", unfinished())

    print("main: cancelling long while it runs")
    ok = long.cancel()
    await asyncio.wait([long])  # wait for it to end, without raising
    state = f"done {long.done()}, cancelled {long.cancelled()}"
    print(f"long: cancel() returned {ok}; {state}")
    print("all tasks:", unfinished())

    print("cancel() on short (finished):", short.cancel())
    short.add_done_callback(report)  # added after the end: still called
    await asyncio.sleep(0)  # the loop runs it at the next opportunity


asyncio.run(main())
