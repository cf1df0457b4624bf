"""Calling an async def function runs none of its body: it returns a coroutine
object with the arguments bound. The body runs when the object is awaited, in
the awaiting coroutine, to its end. A plain def runs at once. A coroutine
object destroyed without ever being awaited makes Python print a
RuntimeWarning on stderr at that moment, and an awaited one cannot be awaited
again.
"""

import asyncio


async def my_coroutine() -> None:
    print("Hello world!")


async def get_burgers(number: int) -> int:
    """The notes' asynchronous recipe, with a result of its own."""
    print(f"cooking {number} burgers")
    return number


def get_sequential_burgers(number: int) -> int:
    """The plain function for contrast: calling it runs the body."""
    print(f"cooking {number} burgers, one step after another")
    return number


async def main(result) -> None:
    await result  # now the body runs, to the end, before the next line
    burgers = await get_burgers(2)
    print("burgers:", burgers)
    try:
        await result
    except RuntimeError as err:
        print("awaiting result again:", err)


result = my_coroutine()  # no await: the body does not run
print(f"result is a {type(result).__name__}; nothing has been printed by it")
print("its repr:", repr(result))

burgers = get_burgers(2)  # the notes' mistake: this is not 2
print(f"burgers is a {type(burgers).__name__}; nothing has been cooked yet")
# flush: stdout to a pipe is buffered, stderr is not; keep the two in order.
print("dropping it without an await: a RuntimeWarning on stderr", flush=True)
# The last reference goes away: the coroutine is destroyed and Python warns.
del burgers

print("sequential burgers:", get_sequential_burgers(2))
asyncio.run(main(result))
