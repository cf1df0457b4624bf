"""A coroutine that is never awaited. Calling fetch_price("pear") without await only
creates a coroutine object: nothing runs, and when the object is dropped Python warns.
It is a RuntimeWarning, not an exception: the program carries on and exits with 0.
Under python3 -X dev, asyncio's debug mode is on and the warning also shows where the
coroutine was created. The program runs itself both ways; each run's stderr is sent
to stdout here, so that the warning stays in order with the output.
"""

import asyncio
import subprocess
import sys


async def fetch_price(item: str) -> int:
    await asyncio.sleep(0.01)
    return 10 * len(item)


async def main() -> None:
    print("apple costs", await fetch_price("apple"), flush=True)
    fetch_price("pear")  # the forgotten await
    print("main carries on", flush=True)


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    for flags in ([], ["-X", "dev"]):
        print("== python3", *flags, "main.py", flush=True)
        command = [sys.executable, *flags, __file__, "child"]
        child = subprocess.run(command, stderr=subprocess.STDOUT)
        print("exit status", child.returncode)
