# loop: a tight integer loop of N = 100,000,000 iterations.
# Each step advances a Park-Miller style generator (x*16807 + i) mod (2^31-1)
# and folds x mod 1000 into a sum, with one data-dependent branch. All values
# stay below 2^53, so Lua (5.4 integers or LuaJIT doubles) and Python agree.


def main():
    n = 100000000
    x = 1
    s = 0
    odd = 0
    for i in range(n):
        x = (x * 16807 + i) % 2147483647
        s += x % 1000
        if x % 2 == 1:
            odd += 1
    print("loop n=%d sum=%d odd=%d x=%d" % (n, s, odd, x))


main()
