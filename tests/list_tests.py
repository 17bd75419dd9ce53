#!/usr/bin/env python3
"""Lists the golden tests of a directory for meson: every NAME.go file and
every subdirectory holding .go files (a multi-file program), one per line."""
import os
import sys

root = sys.argv[1]
names = []
for n in sorted(os.listdir(root)):
    p = os.path.join(root, n)
    if n.endswith(".go") and os.path.isfile(p):
        names.append(n)
    elif os.path.isdir(p) and any(f.endswith(".go") for f in os.listdir(p)):
        names.append(n)
print("\n".join(names))
