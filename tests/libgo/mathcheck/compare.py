#!/usr/bin/env python3
"""compare.py WANT GOT: per function, how many results agree bit for bit
(all NaNs count as equal)."""
import sys
from collections import defaultdict

def load(p):
    return [ln.split() for ln in open(p)]

def isnan(h):
    v = int(h, 16)
    return (v >> 52) & 0x7FF == 0x7FF and v & ((1 << 52) - 1)

want, got = load(sys.argv[1]), load(sys.argv[2])
tot = defaultdict(int)
ok = defaultdict(int)
example = {}
for w, g in zip(want, got):
    tot[w[0]] += 1
    if w[2] == g[2] or (isnan(w[2]) and isnan(g[2])):
        ok[w[0]] += 1
    elif w[0] not in example:
        example[w[0]] = (w[1], w[2], g[2])
allok = all(ok[n] == tot[n] for n in tot)
for n in tot:
    print("%-6s %5d/%5d match%s" % (n, ok[n], tot[n], "" if ok[n] == tot[n] else "  e.g. x=%s want %s got %s" % example[n]))
print("%d passed, %d failed" % (sum(ok.values()), sum(tot.values()) - sum(ok.values())))
sys.exit(0 if allok else 1)
