#!/usr/bin/env python3
"""Copies govm's lib/go packages into a GOPATH tree for real Go.

prepare.py LIBGO SHIMDIR DEST: every package directory under LIBGO is
copied to DEST/<pkg>; imports of govm packages become "govmlib/<pkg>";
declarations of natives (a top-level func line without a body) are
removed; SHIMDIR/<pkg>/*.go are added (they implement those natives with
the real standard library). The packages in REAL (the runtime and the
synchronisation packages, which are govm's scheduler interface) are not
copied: imports of them keep meaning Go's own.
"""
import os
import re
import shutil
import sys


REAL = {"runtime", "sync", "sync/atomic"}


def main():
    libgo, shim, dest = sys.argv[1:4]
    pkgs = []
    for d, _, names in os.walk(libgo):
        if any(n.endswith(".go") for n in names):
            pkg = os.path.relpath(d, libgo).replace(os.sep, "/")
            if pkg not in REAL:
                pkgs.append(pkg)
    alt = "|".join(re.escape(p) for p in sorted(pkgs, key=len, reverse=True))
    imp = re.compile(r'^(\s*(?:import\s+)?(?:\w+\s+)?)"(%s)"\s*$' % alt)
    native = re.compile(r"^func [^{]*$")
    for pkg in pkgs:
        src = os.path.join(libgo, pkg)
        out = os.path.join(dest, pkg)
        os.makedirs(out, exist_ok=True)
        for n in os.listdir(src):
            if not n.endswith(".go"):
                continue
            with open(os.path.join(src, n), encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            res = []
            for ln in lines:
                m = imp.match(ln)
                if m:
                    ln = '%s"govmlib/%s"' % (m.group(1), m.group(2))
                elif native.match(ln):
                    continue
                res.append(ln)
            with open(os.path.join(out, n), "w", encoding="utf-8") as fh:
                fh.write("\n".join(res))
        sdir = os.path.join(shim, pkg)
        if os.path.isdir(sdir):
            for n in os.listdir(sdir):
                if n.endswith(".go"):
                    shutil.copy(os.path.join(sdir, n), os.path.join(out, "shim_" + n))


if __name__ == "__main__":
    main()
