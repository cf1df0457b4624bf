"""A round-robin scheduler over two generators, as in the notes. Each
generator prints something and pauses at yield; the scheduler resumes them in
turn from a FIFO queue (a deque: popleft is O(1), list.pop(0) is O(n)). All on
one thread, one step at a time: the output is fully deterministic, and the
same as the Go program's beside it.
"""

from collections import deque


def counter():
    """Print 0, 1, 2, ... one number per step."""
    try:
        cnt = 0
        while True:
            print(cnt)
            cnt += 1
            yield  # pause here until the scheduler calls next() again
    finally:
        print("counter: stopped")


def printer():
    """Print "Go!" on every third step."""
    try:
        cnt = 1
        while True:
            if cnt % 3 == 0:
                print("Go!")
            cnt += 1
            yield
    finally:
        print("printer: stopped")


queue = deque([counter(), printer()])  # the run queue
for _ in range(10):
    gen = queue.popleft()  # take from the front...
    next(gen)  # ...run one step: until the generator's next yield...
    queue.append(gen)  # ...and put it back at the end

# close() raises GeneratorExit at the paused yield: the finally blocks run.
for gen in queue:
    gen.close()
print("scheduler: 10 steps done")
