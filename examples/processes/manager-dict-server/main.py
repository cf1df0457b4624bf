"""The notes' Manager example: `with Manager() as mgr` starts a server process
that holds the dict; the children get a proxy, and each operation on it is a
request to the server. Two children insert an entry each, at the same time;
a third one, started after both have exited, prints the whole dict."""

import os
import sys
import threading
import time
from multiprocessing import Manager, Process, active_children


def insert_data(name, mydict, code, subject):
    mydict[code] = subject  # a request to the server: __setitem__(code, subject)
    # One write for the whole line: p1 and p2 print at the same moment, and print()
    # writes the newline separately when output is unbuffered (PYTHONUNBUFFERED=1).
    sys.stdout.write(f"{name} (pid {os.getpid()}): inserted {code}: {subject}\n")


def output(name, mydict):
    data = dict(sorted(mydict.items()))  # sorted: p1 and p2 insert in either order
    print(f"{name} (pid {os.getpid()}): Dictionary data: {data}")


def main():
    with Manager() as mgr:
        (server,) = active_children()  # the server is our only child so far
        print(f"main (pid {os.getpid()}): manager process started (pid {server.pid})")
        mydict = mgr.dict({100: "Maths", 200: "Science"})  # created in the server

        p1 = Process(target=insert_data, args=("p1", mydict, 300, "English"))
        p2 = Process(target=insert_data, args=("p2", mydict, 400, "French"))
        p3 = Process(target=output, args=("p3", mydict))
        p1.start()
        p2.start()
        p1.join()
        p2.join()  # both writers have finished before the reader starts
        p3.start()
        p3.join()

        # The price of the flexibility: every proxy call is a round trip to
        # another process, while a local update takes well under a microsecond.
        n = 1000
        start = time.perf_counter()
        for i in range(n):
            mydict[1000 + i] = "x"
        proxy = time.perf_counter() - start
        local, lock = {}, threading.Lock()
        start = time.perf_counter()
        for i in range(n):
            with lock:
                local[1000 + i] = "x"
        slower = proxy > time.perf_counter() - start
        local_updates = f"{n} local locked updates"
        print(
            f"main: {n} updates through the proxy took longer than {local_updates}:",
            slower,
        )
    # Leaving the with block shut the server down.
    print("main: manager process exit code:", server.exitcode)


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
