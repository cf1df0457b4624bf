"""Reading results after a TaskGroup, as in the notes' example: the block
waits for every task, so after it task.result() is ready for each of them.
"""

import asyncio
import time


async def get_weather():
    """Stands for a slow web request."""
    await asyncio.sleep(1)
    return "+5°C, cloudy"


async def get_currencies():
    await asyncio.sleep(0.8)
    return {"EUR": 0.92, "GBP": 0.79}


async def main():
    start = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        weather_task = tg.create_task(get_weather())
        currencies_task = tg.create_task(get_currencies())
    # Only here, after the block, are both results ready.
    print(f"both done after {time.monotonic() - start:.2f}s")
    weather, currencies = weather_task.result(), currencies_task.result()
    print("weather:", weather)
    print(f"USD in EUR: {currencies['EUR']:.2f}, in GBP: {currencies['GBP']:.2f}")


asyncio.run(main())
