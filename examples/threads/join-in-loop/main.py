"""The notes' mistake, kept on purpose: joining each thread right after
starting it. The next thread starts only once the previous one has ended,
so nothing overlaps: the order is fixed and the times add up."""

import threading
import time


def worker(n: int) -> None:
    time.sleep(0.2)  # stands for a slow call
    print(f"I am thread {n}")


def main() -> None:
    start = time.perf_counter()
    for n in range(4):
        t = threading.Thread(target=worker, args=(n,))
        t.start()
        t.join()  # wrong place: the next thread starts only after this one ends
    print(f"took {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":
    main()
