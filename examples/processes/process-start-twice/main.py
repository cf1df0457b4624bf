"""The notes' typo: p1.start() is called twice and p2 is never started. The
second call raises AssertionError "cannot start a process twice", and the
program ends with a traceback and exit status 1. The child p1, already
running, is not lost: before exiting, multiprocessing waits for it."""

from multiprocessing import Process


def child(name):
    print(f"child {name} is running")


def main():
    p1 = Process(target=child, args=("p1",))
    p2 = Process(target=child, args=("p2",))
    p1.start()
    p1.start()  # the notes' typo: p1 instead of p2
    p1.join()
    p2.join()  # never reached; it would raise "can only join a started process"


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
