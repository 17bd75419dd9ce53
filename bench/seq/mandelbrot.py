# mandelbrot: N x N grid (N = 2000) over [-1.5, 0.5] x [-1, 1], at most 50
# iterations of z = z^2 + c with escape radius 2. Prints the number of points
# that never escaped and the sum of iteration counts. Exercises: float
# arithmetic, nested loops, early loop exit.


def main():
    n = 2000
    max_iter = 50
    inside = 0
    iter_sum = 0
    fn = float(n)
    for y in range(n):
        ci = 2.0 * y / fn - 1.0
        for x in range(n):
            cr = 2.0 * x / fn - 1.5
            zr = zi = 0.0
            it = 0
            escaped = False
            while it < max_iter:
                tr = zr * zr - zi * zi + cr
                ti = 2.0 * zr * zi + ci
                zr = tr
                zi = ti
                it += 1
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            if not escaped:
                inside += 1
            iter_sum += it
    print("mandelbrot %dx%d inside=%d iterations=%d" % (n, n, inside, iter_sum))


main()
