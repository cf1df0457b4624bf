"""The notes' first example done right: the sum of the squares of 1..9999999,
split between two child processes, each appending its partial sum to a list
that a Manager's server process holds.

Fixed: each child is started once and both are joined; the ranges are
half-open, [1, 5000000) and [5000000, 10000000), so no number is skipped;
the code that starts processes runs only under `if __name__ == "__main__":`."""

import sys
from multiprocessing import Manager, Process, current_process


def partial_sum(start, stop, result_list):
    total = sum(i * i for i in range(start, stop))  # Python's ints do not overflow
    result_list.append(total)  # a request to the server process
    # One write for the whole line: the two children may print at the same moment,
    # and print() writes the newline separately when output is unbuffered.
    sys.stdout.write(f"{current_process().name}: result_list.append({total})\n")


def main():
    with Manager() as manager:
        result_list = manager.list()
        ranges = [(1, 5_000_000), (5_000_000, 10_000_000)]  # they meet at 5000000
        processes = [
            Process(target=partial_sum, args=(start, stop, result_list), name=f"p{k}")
            for k, (start, stop) in enumerate(ranges, 1)
        ]
        for p in processes:
            p.start()  # each one exactly once
        for p in processes:
            p.join()

        print(f"result_list holds {len(result_list)} partial sums")
        total = sum(result_list)
        n = 9_999_999
        want = n * (n + 1) * (2 * n + 1) // 6  # 1² + 2² + … + n²
        print(f"sum(result_list) = {total}")
        print(f"n(n+1)(2n+1)/6   = {want}")
        print("equal:", total == want)


# A child imports this file again (spawn, forkserver): it must not start children.
if __name__ == "__main__":
    main()
