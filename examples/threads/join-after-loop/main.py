"""The fix: start every thread first, then join each of them once."""

import sys
import threading
import time


def worker(n: int) -> None:
    time.sleep(0.2)  # stands for a slow call
    # One write per line: print() writes the text and the newline separately,
    # and another thread's line could come in between.
    sys.stdout.write(f"I am thread {n}\n")


def main() -> None:
    start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:  # the joins, after every thread has started
        t.join()
    print(f"took {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":
    main()
