#!/usr/bin/env python3
"""Runs govm's benchmarks and the same programs compiled by Go, and prints
each metric side by side with the ratio govm/Go.

usage: bench/run.py [--gorun PATH] [--runs N] [--no-go] [BENCH.go ...]

Every benchmark is a Go program printing lines "metric: value unit"; a
"// Env: K=V" comment sets its environment. Each program runs N times
(default 3) per implementation and the best value of each metric is kept
(lowest, or highest for "speedup"). Go programs are built with the `go`
command when it is installed; without it only govm's figures print.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r"^([^:]+):\s*([-0-9.]+)\s*(.*)$")


def env_of(path):
    env = dict(os.environ)
    with open(path) as f:
        for line in f:
            if line.startswith("// Env: "):
                for kv in line[len("// Env: "):].split():
                    k, _, v = kv.partition("=")
                    env[k] = v
    return env


def measure(cmd, env, runs):
    best = {}
    for _ in range(runs):
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
        if p.returncode != 0:
            return None, p.stderr.strip()[-500:]
        for line in p.stdout.splitlines():
            m = LINE.match(line)
            if not m:
                continue
            name, val, unit = m.group(1).strip(), float(m.group(2)), m.group(3).strip()
            higher = "speedup" in name
            if name not in best or (val > best[name][0] if higher else val < best[name][0]):
                best[name] = (val, unit)
    return best, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gorun", default=os.path.join(HERE, "..", "build", "repl", "gorun"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-go", action="store_true")
    ap.add_argument("benches", nargs="*")
    a = ap.parse_args()
    benches = a.benches or sorted(glob.glob(os.path.join(HERE, "*", "*.go")))
    have_go = not a.no_go and shutil.which("go") is not None
    tmp = tempfile.mkdtemp()
    print("| benchmark | metric | govm | Go | govm/Go |")
    print("| --- | --- | --- | --- | --- |")
    try:
        for b in benches:
            name = os.path.relpath(b, HERE)[:-3]
            env = env_of(b)
            mine, err = measure([a.gorun, b], env, a.runs)
            if mine is None:
                print("| %s | error | %s | | |" % (name, err.replace("\n", " ")))
                continue
            theirs = {}
            if have_go:
                exe = os.path.join(tmp, os.path.basename(b)[:-3])
                genv = dict(env, GO111MODULE="off", GOCACHE=os.path.join(tmp, "cache"))
                bld = subprocess.run(["go", "build", "-o", exe, b], capture_output=True, text=True, env=genv)
                if bld.returncode == 0:
                    theirs, _ = measure([exe], env, a.runs)
                    theirs = theirs or {}
            for metric, (val, unit) in mine.items():
                g = theirs.get(metric)
                ratio = ""
                if g and g[0]:
                    ratio = "%.2f" % (val / g[0])
                print("| %s | %s | %g %s | %s | %s |" % (
                    name, metric, val, unit, ("%g %s" % g) if g else "", ratio))
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
