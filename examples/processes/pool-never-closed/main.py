"""A pool that is never closed. In the notes, Pool(processes=5).map returns its
results, but the pool is neither closed nor joined, so its five worker
processes live on, idle. The fix: close() (no more tasks) and join() (wait
for the workers to exit)."""

from multiprocessing import Pool, active_children


def square(x):
    return x * x


def main():
    inputs = [1, 2, 3, 4, 5]

    pool = Pool(processes=5)
    print("closed pool:", pool.map(square, inputs))
    pool.close()  # no more tasks: each worker exits when the queue is empty
    pool.join()  # wait until they have
    print("worker processes alive:", len(active_children()))

    leaky = Pool(processes=5)
    print("leaky pool:", leaky.map(square, inputs))
    # Missing: leaky.close() and leaky.join()
    print("worker processes alive:", len(active_children()))  # five idle workers


# A worker imports this file again (spawn, forkserver): it must not start pools.
if __name__ == "__main__":
    main()
