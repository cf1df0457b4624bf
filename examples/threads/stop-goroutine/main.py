"""A thread cannot be killed from outside: threading.Thread has no terminate().
It is asked to stop, here through an Event it checks between steps of its
work, and then joined."""

import threading
import time


def worker(stop: threading.Event, started: threading.Event) -> None:
    print("worker: started")
    started.set()
    while not stop.wait(0.01):  # wait up to 10ms for the request to stop
        pass  # one step of periodic work
    print("worker: stopping: the stop event is set")


def main() -> None:
    stop, started = threading.Event(), threading.Event()
    t = threading.Thread(target=worker, args=(stop, started))
    t.start()

    started.wait()
    time.sleep(0.05)
    print("main: asking the worker to stop")
    stop.set()
    t.join()  # unlike a daemon, the worker gets to finish cleanly
    print("main: worker has stopped")


if __name__ == "__main__":
    main()
