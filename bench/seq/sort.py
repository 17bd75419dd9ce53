# sort: hand-written recursive quicksort (Hoare partition, middle element as
# pivot) of N = 1,000,000 ints from the Park-Miller generator
# x = x*16807 mod (2^31-1), seed 42, reduced mod 1,000,000 (so there are
# duplicates). Prints a weighted checksum of every 1000th element and the
# number of out-of-order neighbours (0). Exercises: list indexing, swaps,
# recursion, integer comparison.


def quicksort(a, lo, hi):
    if lo >= hi:
        return
    p = a[(lo + hi) // 2]
    i = lo
    j = hi
    while i <= j:
        while a[i] < p:
            i += 1
        while a[j] > p:
            j -= 1
        if i <= j:
            t = a[i]
            a[i] = a[j]
            a[j] = t
            i += 1
            j -= 1
    quicksort(a, lo, j)
    quicksort(a, i, hi)


def main():
    n = 1000000
    a = [0] * n
    x = 42
    for i in range(n):
        x = x * 16807 % 2147483647
        a[i] = x % 1000000
    quicksort(a, 0, n - 1)
    bad = 0
    for i in range(n - 1):
        if a[i] > a[i + 1]:
            bad += 1
    s = 0
    k = 0
    for i in range(0, n, 1000):
        k += 1
        s += a[i] * k
    print("sort n=%d checksum=%d min=%d max=%d unsorted=%d" % (n, s, a[0], a[n - 1], bad))


main()
