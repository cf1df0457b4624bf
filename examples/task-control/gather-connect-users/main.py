"""The two error modes of asyncio.gather, on the notes' connect_to_user example.

return_exceptions=False: the first exception is raised at the await, and the
other tasks are not cancelled: they keep running (here main waits for them).
return_exceptions=True: every result or exception, in the order passed.
"""

import asyncio

USERS = [1, 2, 3, 4]


async def connect_to_user(user_id: int, unreachable: int = 0) -> None:
    """Connect to a user and send a test command; unreachable fails at once."""
    print(f"connecting to {user_id}")
    if user_id == unreachable:
        raise OSError(f"cannot connect to {user_id}")
    await asyncio.sleep(0.2)
    print(f"sending command test to user {user_id}")
    await asyncio.sleep(0.2)


async def main() -> None:
    print("== all users reachable, return_exceptions=False ==")
    results = await asyncio.gather(*map(connect_to_user, USERS))
    print("gather returned:", results)

    print("== user 4 unreachable, return_exceptions=False ==")
    # Our own tasks this time, so that we can wait for them after the error.
    tasks = [asyncio.create_task(connect_to_user(u, unreachable=4)) for u in USERS]
    try:
        await asyncio.gather(*tasks)
    except OSError as exc:
        print("gather raised the first exception:", repr(exc))
    await asyncio.wait(tasks)  # not cancelled: users 1-3 still send their command
    print("the other tasks have finished too")

    print("== user 4 unreachable, return_exceptions=True ==")
    calls = [connect_to_user(u, unreachable=4) for u in USERS]
    results = await asyncio.gather(*calls, return_exceptions=True)
    print("gather returned:", results)


asyncio.run(main())
