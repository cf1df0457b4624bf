"""The notes' version: five child processes whose slow_square sleeps instead
of computing. Their sleeps overlap, so together they take about one sleep, not
five, on any number of cores: a sleeping process does not need a CPU at all."""

import time
from multiprocessing import Process, SimpleQueue

SLEEP = 0.8  # seconds


def slow_square(i, reports):
    asleep = time.time()
    time.sleep(SLEEP)  # stands for slow work, as in the notes
    # Report the result and when this child slept (wall-clock seconds).
    reports.put((i, i * i, asleep, time.time()))


def main():
    reports = SimpleQueue()
    start = time.perf_counter()
    processes = [Process(target=slow_square, args=(i, reports)) for i in range(5)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    elapsed = time.perf_counter() - start

    results = sorted(reports.get() for _ in processes)
    for i, square, _, _ in results:
        print(f"child {i}: square {square}")
    last_asleep = max(asleep for _, _, asleep, _ in results)
    first_awake = min(awake for _, _, _, awake in results)
    print(f"took {elapsed:.2f}s: five sleeps of {SLEEP * 1000:.0f}ms")
    # str(...).lower() prints true/false, as the Go program beside this one does.
    overlapped = str(last_asleep < first_awake).lower()
    print("all five were asleep at the same moment:", overlapped)


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
