"""Three named threads are started together, then joined. A thread gets its
name from the constructor and reads it back with current_thread().name."""

import sys
import threading
import time


def say(line: str) -> None:
    # One write per line: print() writes the text and the newline separately,
    # and another thread's line could come in between.
    sys.stdout.write(line + "\n")


def print_hello() -> None:
    time.sleep(0.6)
    say(f"{threading.current_thread().name}: Hello")


def print_message(msg: str) -> None:
    time.sleep(0.1)
    say(f"{threading.current_thread().name}: {msg}")


def main() -> None:
    threads = [
        threading.Thread(target=print_hello, name="Thread #1"),
        threading.Thread(target=print_hello, name="Thread #2"),
        # args takes any sequence, a list as well as a tuple
        threading.Thread(target=print_message, args=["Good morning"], name="Thread #3"),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # block until this thread has finished
    print("all threads have finished")


if __name__ == "__main__":
    main()
