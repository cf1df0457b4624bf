"""The notes' counter: two threads add one to a shared counter a million times
each. A Lock makes the read, the add and the write one critical section that
only one thread at a time can enter. A new Lock starts unlocked."""

import threading

x = 0
lock = threading.Lock()


def inc() -> None:
    global x
    for _ in range(1_000_000):
        with lock:  # acquire(); release() when the block ends, even by an exception
            x += 1


def main() -> None:
    t1 = threading.Thread(target=inc, name="Th 1")
    t2 = threading.Thread(target=inc, name="Th 2")
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("final value of x:", x)


if __name__ == "__main__":
    main()
