# spectralnorm: power method for the spectral norm of the infinite matrix
# A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to N = 1500, 10 iterations
# of u -> AtA u. Prints the estimate with %.9f. Exercises: float arithmetic,
# list indexing, nested loops, small function calls.
import math


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(n, inv, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * inv[j]
        out[i] = s


def mul_atv(n, inv, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * inv[j]
        out[i] = s


def mul_atav(n, inv, out, tmp):
    mul_av(n, inv, tmp)
    mul_atv(n, tmp, out)


def main():
    n = 1500
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(n, u, v, tmp)
        mul_atav(n, v, u, tmp)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
