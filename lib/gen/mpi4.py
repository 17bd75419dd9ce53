#!/usr/bin/env python3
"""Prints the binary digits of 4/pi as 20 uint64 words (4/pi = sum of
w[i] * 2**(-64*i)), for lib/go/math/trigreduce.go. Pi comes from Machin's
formula in integer arithmetic."""

def arctan_inv(n, bits):
    # arctan(1/n) * 2**bits
    one = 1 << bits
    total, term, k, sign = 0, one // n, 1, 1
    n2 = n * n
    while term:
        total += sign * (term // k)
        term //= n2
        k += 2
        sign = -sign
    return total

BITS = 64 * 21 + 64
pi = 4 * (4 * arctan_inv(5, BITS) - arctan_inv(239, BITS))  # pi * 2**BITS
four_over_pi = (4 << (2 * BITS)) // pi                     # (4/pi) * 2**BITS
words = []
for i in range(20):
    shift = BITS - 64 * i
    words.append((four_over_pi >> shift) & ((1 << 64) - 1) if shift >= 0 else 0)
for i in range(0, 20, 4):
    print("\t" + " ".join("0x%016x," % w for w in words[i:i + 4]))
