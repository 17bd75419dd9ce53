# methods: method calls in a hot loop, N = 20,000,000 iterations. Each
# iteration takes one of four shapes (three classes), calls area and
# perimeter as methods, feeds the result to a method of a Counter object,
# and every 1000th iteration mutates the shape through a method call.
# Prints the counter state and sums. Exercises: dynamic method dispatch,
# attribute access and update.


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def grow(self, k):
        self.w = (self.w + k) % 50 + 1
        self.h = (self.h + 2 * k) % 50 + 1


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s

    def grow(self, k):
        self.s = (self.s + k) % 50 + 1


class Box:
    def __init__(self, w, h, d):
        self.w = w
        self.h = h
        self.d = d

    def area(self):
        return 2 * (self.w * self.h + self.h * self.d + self.w * self.d)

    def perimeter(self):
        return 4 * (self.w + self.h + self.d)

    def grow(self, k):
        self.w = (self.w + k) % 50 + 1
        self.h = (self.h + 3 * k) % 50 + 1
        self.d = (self.d + 5 * k) % 50 + 1


class Counter:
    def __init__(self):
        self.value = 0
        self.calls = 0

    def add(self, x):
        self.value = (self.value * 31 + x) % 1000003
        self.calls += 1

    def get_value(self):
        return self.value


def main():
    n = 20000000
    shapes = [Rect(3, 4), Square(5), Box(1, 2, 3), Rect(7, 2)]
    c = Counter()
    area_sum = 0
    perim_sum = 0
    for i in range(n):
        s = shapes[i % 4]
        a = s.area()
        p = s.perimeter()
        area_sum += a
        perim_sum += p
        c.add(a + p)
        if i % 1000 == 0:
            s.grow(i % 7)
    print("methods n=%d counter=%d calls=%d area=%d perimeter=%d" % (n, c.get_value(), c.calls, area_sum, perim_sum))


main()
