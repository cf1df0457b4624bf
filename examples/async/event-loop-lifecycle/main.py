"""The manual event-loop lifecycle that asyncio.run wraps: new_event_loop,
run_until_complete, is_running, is_closed and close; and get_running_loop,
which finds the loop running the current coroutine. The rules are those of
the Go Loop beside it; the messages are asyncio's own.
"""

import asyncio

loop = asyncio.new_event_loop()
print(f"new loop: running={loop.is_running()} closed={loop.is_closed()}")

try:
    asyncio.get_running_loop()
except RuntimeError as err:
    print("get_running_loop outside the loop:", err)


async def first() -> None:
    found = asyncio.get_running_loop() is loop
    print(
        f"inside: get_running_loop found our loop: {found}, running={loop.is_running()}"
    )
    nested = asyncio.sleep(0)
    try:
        loop.run_until_complete(nested)
    except RuntimeError as err:
        print("inside: nested run_until_complete:", err)
    nested.close()  # it never ran: close it, or Python warns it was never awaited
    try:
        loop.close()
    except RuntimeError as err:
        print("inside: close:", err)


async def second() -> None:
    print("inside: the second run")
    raise ValueError("boom")


result = loop.run_until_complete(first())
print(f"first run returned {result}; running={loop.is_running()}")

try:
    loop.run_until_complete(second())
except ValueError as err:
    print("second run raised", repr(err))

loop.close()
print(f"after close: running={loop.is_running()} closed={loop.is_closed()}")
late = asyncio.sleep(0)
try:
    loop.run_until_complete(late)
except RuntimeError as err:
    print("run_until_complete after close:", err)
late.close()
