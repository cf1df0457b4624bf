"""Two threads add one to a shared counter with no lock. x += 1 is a read, an
add and a write, and Python does not promise that no other thread runs in
between: the total is not guaranteed. On CPython with the GIL this loop happens
to lose nothing; on the free-threaded build it can lose increments."""

import threading

x = 0


def inc() -> None:
    global x
    for _ in range(1_000_000):
        x += 1  # unsynchronised read-modify-write


def main() -> None:
    threads = [threading.Thread(target=inc) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("final value of x:", x)


if __name__ == "__main__":
    main()
