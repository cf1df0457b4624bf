"""Three named child processes with multiprocessing.Process: start them all,
then join them all. Each child reports its parent's PID; the main process
checks that it is the parent of all three and that every PID is new."""

import os
import sys
import time
from multiprocessing import Process, SimpleQueue, current_process, parent_process


def greet(seconds, msg, reports):
    time.sleep(seconds)
    # parent_process() is the process that created this one. (With forkserver,
    # os.getppid() would give the fork server's PID instead.)
    name, parent = current_process().name, parent_process().pid
    # One write for the whole line: #1 and #2 print at the same moment, and print()
    # writes the newline separately when output is unbuffered (PYTHONUNBUFFERED=1).
    sys.stdout.write(f"{os.getpid()}-{name}: {msg} (parent {parent})\n")
    reports.put(parent)


def main():
    print(f"main process: pid {os.getpid()}")
    reports = SimpleQueue()  # each child puts its parent's PID here
    processes = [
        Process(target=greet, args=(0.8, "Hello", reports), name="Process #1"),
        Process(target=greet, args=(0.8, "Hello", reports), name="Process #2"),
        Process(target=greet, args=[0.2, "Good morning", reports], name="Process #3"),
    ]  # args takes any sequence: a list works as well as a tuple
    for p in processes:  # start them all ...
        p.start()
    for p in processes:  # ... then wait for them all
        p.join()

    parents = [reports.get() for _ in processes]
    for p in processes:
        print(f"{p.name} had pid {p.pid}")
    same_parent = all(pid == os.getpid() for pid in parents)
    pids = {os.getpid(), *(p.pid for p in processes)}
    # str(...).lower() prints true/false, as the Go program beside this one does.
    print("every child's parent is the main process:", str(same_parent).lower())
    distinct = str(len(pids) == 1 + len(processes)).lower()
    print("the main process and the children have distinct PIDs:", distinct)
    print("Exiting the main process")


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
