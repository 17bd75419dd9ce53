#!/usr/bin/env python3
"""Checks that lib/go's body-less functions and the NativeDef tables
(lib/*.c, runtime/*.c) agree: every native declared in Go has a C
implementation and every C entry is declared, and each table is sorted by name (lib.c binary-searches
it). Prints "N passed, M failed"."""
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
libgo = os.path.join(root, "lib", "go")
declared = set()
for d, _, names in os.walk(libgo):
    pkg = os.path.relpath(d, libgo).replace(os.sep, "/")
    for n in names:
        if not n.endswith(".go"):
            continue
        for ln in open(os.path.join(d, n), encoding="utf-8"):
            m = re.match(r"^func (\(\s*\w+\s+\*?(\w+)\)\s*)?(\w+)\([^{]*$", ln.rstrip("\n"))
            if m:
                name = (m.group(2) + "." if m.group(2) else "") + m.group(3)
                declared.add(pkg + "." + name)
passed = failed = 0
defined = set()
cfiles = [os.path.join("lib", n) for n in sorted(os.listdir(os.path.join(root, "lib")))]
cfiles += [os.path.join("runtime", n) for n in sorted(os.listdir(os.path.join(root, "runtime")))]
for n in cfiles:
    if not n.endswith(".c"):
        continue
    text = open(os.path.join(root, n), encoding="utf-8").read()
    for table in re.findall(r"const NativeDef \w+\[\] = \{(.*?)\n\};", text, re.S):
        names = re.findall(r'\{"([^"]+)",', table)
        if names != sorted(names):
            print("FAIL table in %s is not sorted" % n)
            failed += 1
        else:
            passed += 1
        defined.update(names)
for name in sorted(declared - defined):
    print("FAIL native %s declared in Go but not defined in C" % name)
    failed += 1
for name in sorted(defined - declared):
    print("FAIL native %s defined in C but not declared in Go" % name)
    failed += 1
passed += len(declared & defined)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
