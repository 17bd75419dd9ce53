# closures: creating and calling closures in a hot loop, N = 10,000,000
# iterations. Each iteration creates an adder closure, composes it with a
# pre-built one into a new closure, calls that through a higher-order
# function, bumps a counter closure that mutates a captured variable
# (nonlocal), and creates and calls a closure capturing the loop variable.
# Prints the accumulator and the counter. Exercises: closure allocation,
# captured cells (read and written), indirect calls.

MODULUS = 1000003


def make_adder(k):
    def add(x):
        return (x + k) % MODULUS
    return add


def compose(f, g):
    def composed(x):
        return g(f(x))
    return composed


def apply(f, x):
    return f(x)


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1

    def get():
        return count

    return inc, get


def main():
    n = 10000000
    adders = [make_adder(7 * k + 1) for k in range(10)]
    inc, get = make_counter()
    acc = 0
    for i in range(n):
        f = make_adder(i % 100)
        g = compose(f, adders[i % 10])
        acc = apply(g, acc)
        if acc % 3 == 0:
            inc()

        def h(x):
            return (3 * x + i) % MODULUS

        acc = h(acc)
    print("closures n=%d acc=%d count=%d" % (n, acc, get()))


main()
