# binarytrees: allocate and walk many perfect binary trees; max depth 16
# (min depth 4, one stretch tree of depth 17, one long-lived tree of depth 16).
# Prints the node counts. Exercises: allocation of small objects, GC,
# recursion, tuple access.
# A node is a tuple (left, right); a leaf is (None, None).


def build(depth):
    if depth == 0:
        return (None, None)
    return (build(depth - 1), build(depth - 1))


def check(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check(left) + check(node[1])


def main():
    min_depth = 4
    max_depth = 16

    stretch = max_depth + 1
    print("stretch tree of depth %d check %d" % (stretch, check(build(stretch))))

    long_lived = build(max_depth)

    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1
        for _ in range(max_depth - depth + min_depth):
            iterations *= 2
        total = 0
        for _ in range(iterations):
            total += check(build(depth))
        print("%d trees of depth %d check %d" % (iterations, depth, total))

    print("long lived tree of depth %d check %d" % (max_depth, check(long_lived)))


main()
