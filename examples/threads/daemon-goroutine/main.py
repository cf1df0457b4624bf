"""A daemon thread does not keep the program alive: once the main thread is
done, the interpreter exits and stops the daemon wherever it is. Its finally
block never runs. In Go, every goroutine behaves this way."""

import threading
import time


def background(started: threading.Event) -> None:
    try:
        print("background: started")
        started.set()
        while True:
            time.sleep(3600)  # e.g. a periodic flush that never ends
    finally:
        print("background: cleanup")  # never printed


def main() -> None:
    started = threading.Event()
    worker = threading.Thread(target=background, args=(started,), daemon=True)
    worker.start()
    started.wait()
    print("main: returning")


if __name__ == "__main__":
    main()
