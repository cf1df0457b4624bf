"""await runs the coroutine and hands back its result: main stops at the
await, add_one runs to its end, and main resumes with the value assigned (as
in the notes' burgers = await get_burgers(2)). add_one never waits for
anything, so nothing else could run meanwhile. An await is allowed only
inside an async def: at the top level of a script (outside a notebook) the
notes' line does not even compile, and the first coroutine is started with
asyncio.run instead.
"""

import asyncio


async def add_one(number: int) -> int:
    print(f"  add_one({number}): running, returning {number + 1}")
    return number + 1


async def main() -> None:
    print("main: awaiting add_one(1), main waits here")
    one_plus_one = await add_one(1)
    print("main: resumed, one_plus_one =", one_plus_one)

    print("main: awaiting add_one(2), main waits here")
    two_plus_one = await add_one(2)
    print("main: resumed, two_plus_one =", two_plus_one)

    print(one_plus_one, two_plus_one, sep="\n")


asyncio.run(main())

try:
    compile("burgers = await get_burgers(2)", "script.py", "exec")
except SyntaxError as err:
    print("top-level await in a script:", err.msg)
