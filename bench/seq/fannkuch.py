# fannkuch: pancake-flipping over all permutations of n = 10 elements,
# generated in the usual rotation order. Prints a checksum (flip counts
# with alternating sign by permutation index) and the maximum flip count.
# Exercises: small int arrays, tight index loops, swaps.


def fannkuch(n):
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    checksum = 0
    max_flips = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            # reverse perm[0..k]
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation: rotate the first r+1 elements left until a
        # counter does not wrap
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def main():
    n = 10
    checksum, max_flips = fannkuch(n)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))


main()
