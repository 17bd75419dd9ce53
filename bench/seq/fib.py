# fib: naive doubly recursive Fibonacci, fib(35) (size fixed by the benchmark issue).
# Exercises: function calls, small-integer arithmetic, comparison and branching.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print("fib(35) = %d" % fib(35))


main()
