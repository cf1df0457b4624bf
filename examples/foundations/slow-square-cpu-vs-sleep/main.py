"""The notes' slow_square "CPU-bound" function slept for a second instead of
computing. Here are both versions: one waits (time.sleep), the other really
computes (the notes' countdown loop, made big enough to take a while).
The process's CPU time tells them apart: waiting uses almost none."""

import time
from collections.abc import Callable


def countdown(n: int) -> int:
    """The notes' CPU-bound example (001-04): add one until n."""
    i = 0
    while i < n:
        i += 1
    return i


def sleepy_square(x: int) -> int:
    """The notes' slow_square: it only waits, like an I/O call."""
    time.sleep(0.1)
    print(x)
    return x**2


def busy_square(x: int) -> int:
    """Slow because it computes: three million additions."""
    if countdown(3_000_000) != 3_000_000:
        raise RuntimeError("countdown is broken")
    print(x)
    return x**2


def measure(square: Callable[[int], int]) -> tuple[float, float]:
    """Call square for 0..4 in a row, as the notes' loop does; return the
    wall time and the CPU time that took, in seconds."""
    start, cpu_start = time.perf_counter(), time.process_time()
    for num in range(5):
        print(square(num))
    return time.perf_counter() - start, time.process_time() - cpu_start


def rounded(seconds: float) -> str:
    """A duration rounded to 10ms, written as Go writes it (0s, 250ms)."""
    ms = round(seconds * 100) * 10
    return f"{ms}ms" if ms else "0s"


def yes(ok: bool) -> str:
    """true or false, as Go writes a bool."""
    return str(ok).lower()


def main() -> None:
    print("slow_square that sleeps:")
    sleep_wall, sleep_cpu = measure(sleepy_square)
    print(f"took {rounded(sleep_wall)}, CPU time {rounded(sleep_cpu)}")

    print("slow_square that computes:")
    busy_wall, busy_cpu = measure(busy_square)
    print(f"took {rounded(busy_wall)}, CPU time {rounded(busy_cpu)}")

    print(
        "sleeping used the CPU for under 5% of its time:",
        yes(sleep_cpu < sleep_wall / 20),
    )
    print(
        "computing used the CPU for over a quarter of its time:",
        yes(busy_cpu > busy_wall / 4),
    )
    print(
        "computing used over 10 times more CPU than sleeping:",
        yes(busy_cpu > 10 * sleep_cpu),
    )


if __name__ == "__main__":
    main()
