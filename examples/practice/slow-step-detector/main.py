"""asyncio's debug mode: the loop times every step of every task (from resuming it to
its next await) and logs the steps that took longer than slow_callback_duration
(100ms by default). The program runs itself four times: without debug mode, with the
notes' misspelled variable, with PYTHONASYNCIODEBUG=1, and with debug=True passed to
asyncio.run and the threshold raised to 400ms. The log goes to stderr; each run's
stderr is sent to stdout here, so that its lines stay in order with the output.
"""

import asyncio
import os
import subprocess
import sys
import time


async def poll() -> None:
    for _ in range(10):  # alive as long as the others, but every step is short
        await asyncio.sleep(0)


async def resize() -> None:
    start = time.monotonic()
    while time.monotonic() - start < 0.12:  # 120ms of computing in one step
        pass


async def report() -> None:
    time.sleep(0.45)  # a blocking call: the whole loop waits 450ms


async def main(slow: float | None) -> None:
    if slow is not None:
        # Inside a coroutine get_running_loop(), not get_event_loop().
        asyncio.get_running_loop().slow_callback_duration = slow
    async with asyncio.TaskGroup() as tg:
        for work in (poll, resize, report):
            tg.create_task(work(), name=work.__name__)
    print("loop: all tasks done", flush=True)


RUNS = [  # what each run shows, its environment, its arguments
    ("no debug mode", {}, []),
    ("PYTHONASYINCIODEBUG=1 (the notes' typo)", {"PYTHONASYINCIODEBUG": "1"}, []),
    ("PYTHONASYNCIODEBUG=1", {"PYTHONASYNCIODEBUG": "1"}, []),
    ("asyncio.run(main(), debug=True), slow_callback_duration = 0.4", {}, ["0.4"]),
]

if sys.argv[1:2] == ["child"]:
    if len(sys.argv) > 2:  # debug mode from the code, with its own threshold
        asyncio.run(main(float(sys.argv[2])), debug=True)
    else:  # debug mode only if the environment asks for it
        asyncio.run(main(None))
else:
    base = {k: v for k, v in os.environ.items() if k != "PYTHONASYNCIODEBUG"}
    for title, env, args in RUNS:
        print(f"== {title}", flush=True)
        command = [sys.executable, __file__, "child", *args]
        subprocess.run(command, env=base | env, stderr=subprocess.STDOUT, check=True)
