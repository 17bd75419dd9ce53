# mapstr: string-keyed hash map. Builds N = 500,000 keys "k" + decimal(7*i),
# inserts them with value i, overwrites every third one, then looks up 2N
# keys "k" + decimal(3*j) (about 1 in 7 is present) and deletes every hit
# whose value is even. Prints counts and sums. Exercises: integer-to-string
# conversion, string concatenation and hashing, dict insert/lookup/delete.


def main():
    n = 500000
    m = {}
    size = 0
    for i in range(n):
        m["k" + str(7 * i)] = i
        size += 1
    for i in range(0, n, 3):
        key = "k" + str(7 * i)
        m[key] = m[key] + 1
    found = 0
    total = 0
    deleted = 0
    for j in range(2 * n):
        key = "k" + str(3 * j)
        v = m.get(key)
        if v is not None:
            found += 1
            total += v
            if v % 2 == 0:
                del m[key]
                deleted += 1
    size -= deleted
    print("mapstr n=%d found=%d sum=%d deleted=%d size=%d len=%d" % (n, found, total, deleted, size, len(m)))


main()
