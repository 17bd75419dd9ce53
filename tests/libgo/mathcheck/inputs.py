#!/usr/bin/env python3
"""Writes the sample inputs of the math checker: typical values a program
passes (small integers, simple fractions, multiples of pi, powers) and a
deterministic pseudo-random spread over many magnitudes."""
import math
import random
import struct

vals = set()
for i in range(-200, 201):
    vals.add(float(i))
    vals.add(i / 2)
    vals.add(i / 10)
    vals.add(i / 3)
    vals.add(i * math.pi / 12)
    vals.add(i / 100)
for e in range(-30, 31):
    vals.add(10.0 ** e)
    vals.add(2.0 ** e)
    vals.add(-(10.0 ** e))
rng = random.Random(42)
for _ in range(6000):
    vals.add(rng.uniform(-10, 10))
    vals.add(rng.uniform(-1, 1))
    vals.add(math.ldexp(rng.random(), rng.randint(-60, 60)) * rng.choice([-1, 1]))
for v in [math.inf, -math.inf, math.nan, 0.0, -0.0, 5e-324, 1.7976931348623157e308, 710.0, -745.0, 1e-310]:
    vals.add(v)
with open("inputs.txt", "w") as f:
    for v in sorted(vals, key=lambda x: (math.isnan(x), x)):
        f.write("%016x\n" % struct.unpack("<Q", struct.pack("<d", v))[0])
