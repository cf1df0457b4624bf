"""The notes' Pool(3).map over five fruits. The three worker processes are
started by Pool(3); map hands each of them the next fruit when it is free, and
blocks until all are done. The jobs differ in length, so the workers finish
them in another order than they receive them; map still returns the results
in input order. Leaving the with block terminates the workers."""

import os
import sys
import time
from multiprocessing import Pool, active_children, current_process

# How long each fruit takes, in seconds: it stands for slow work of different sizes.
WORK = {"Orange": 0.5, "Apple": 0.3, "Banana": 0.4, "Grapes": 0.3, "Pears": 0.3}


def shout(fruit):
    time.sleep(WORK[fruit])
    name, pid = current_process().name, os.getpid()
    # The worker prints, as in the notes: the whole line in one write (print() writes
    # the newline separately when output is unbuffered, PYTHONUNBUFFERED=1), and
    # flushed, or it would wait in the buffer of a worker that goes on running.
    sys.stdout.write(f"{name} (pid {pid}): {fruit} -> {fruit.upper()}\n")
    sys.stdout.flush()
    return pid, fruit.upper()


def main():
    fruits = ["Orange", "Apple", "Banana", "Grapes", "Pears"]
    with Pool(3) as pool:  # starts three worker processes
        start = time.perf_counter()
        answers = pool.map(shout, fruits)
        elapsed = time.perf_counter() - start
        pids = {pid for pid, _ in answers}
        print(f"{len(fruits)} jobs done by {len(pids)} processes")
        print("map returned:", [result for _, result in answers])
        total = sum(WORK.values())  # the time the jobs take one after another
        print(f"took less than the {total:.1f}s the jobs add up to: {elapsed < total}")
        print("Exiting the main process")
    # Leaving the block called pool.terminate(): the workers got SIGTERM and were joined.
    print("worker processes left:", len(active_children()))


# A worker imports this file again (spawn, forkserver): it must not start a pool.
if __name__ == "__main__":
    main()
