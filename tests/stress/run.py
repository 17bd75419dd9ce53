#!/usr/bin/env python3
"""Runs a stress program several times under random GOMAXPROCS values.

usage: run.py GORUN TEST.go [RUNS]

Each run must match the program's golden expectations (tests/golden.py);
in a ThreadSanitizer build any race report on stderr fails the run too.
Prints the GOMAXPROCS values of failing runs.
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden  # noqa: E402


def main():
    gorun, test = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    _, names = golden.program_files(test)
    exp = golden.parse_expectations([os.path.join(os.path.dirname(test) or ".", n) for n in names])
    failed = 0
    rng = random.Random()
    for i in range(runs):
        procs = rng.choice([1, 2, 3, 4, 8])
        exp["env"]["GOMAXPROCS"] = str(procs)
        rc, out, err = golden.run_govm(gorun, test, exp)
        probs = ["timeout"] if rc is None else golden.check(exp, rc, out, err)
        if probs:
            failed += 1
            print("run %d GOMAXPROCS=%d failed:" % (i, procs))
            for p in probs:
                print("    " + p.replace("\n", "\n    "))
    print("%d passed, %d failed" % (runs - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
