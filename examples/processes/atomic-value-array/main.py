"""Value and Array: C numbers in memory shared between processes. Four child
processes each add 1 a thousand times to the counter and to every array
element, and 0.5 to a float. Each update holds the object's lock, because
`v.value += 1` is a read and a write, and so not one addition is lost."""

from multiprocessing import Array, Process, Value


def work(counter, array, total):
    for _ in range(1000):
        with counter.get_lock():  # the lock that lock=True (the default) created
            counter.value += 1
        with array.get_lock():  # an RLock: array[i] takes it again inside
            for i in range(len(array)):
                array[i] += 1
        with total.get_lock():
            total.value += 0.5


def main():
    counter = Value("i")  # a C int, 0 to begin with
    array = Array("i", 5)  # five C ints, all 0
    array[:] = [1, 2, 3, 4, 5]  # now as Array("i", [1, 2, 3, 4, 5]) would start
    total = Value("d")  # a C double: 0.0

    workers = [Process(target=work, args=(counter, array, total)) for _ in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()

    print("counter:", counter.value)
    print(f"array: [{' '.join(map(str, array))}]")  # printed as Go prints a slice
    print(f"total: {total.value:.1f}")


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
