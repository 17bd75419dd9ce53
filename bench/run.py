#!/usr/bin/env python3
"""Runs govm's benchmarks and the same programs compiled by Go, and prints
each metric side by side with the ratio govm/Go.

usage: bench/run.py [--gorun PATH] [--runs N] [--no-go] [BENCH.go ...]

Every benchmark is a Go program printing lines "metric: value unit"; a
"// Env: K=V" comment sets its environment. Each program runs N times
(default 3) per implementation and the best value of each metric is kept
(lowest, or highest for "speedup"). Go programs are built with the `go`
command when it is installed; without it only govm's figures print.

A "// Measure: WHAT ..." comment adds metrics measured by this script:
  maxrss    the child's peak resident set (wait4's ru_maxrss), as
            "peak RSS: N MiB";
  gcpauses  runs with GODEBUG=gctrace=1 and reads the "gc N @Ts P%: A+B+C
            ms clock" lines on stderr (after a line "gcpauses: start" if the
            program prints one): "pause p50", "pause p99", "pause max" (ms)
            over every stop-the-world pause, and "gc cycles". Both Go and
            govm mark concurrently (B) between two pauses, A and C.
"""
import argparse
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r"^([^:]+):\s*([-0-9.]+)\s*(.*)$")
GCTRACE = re.compile(r"^gc \d+ @[0-9.]+s \d+%: ([0-9.]+)\+([0-9.]+)\+([0-9.]+) ms clock")
GCSTART = "gcpauses: start"
TIMEOUT = 600


def env_of(path):
    env = dict(os.environ)
    measures = set()
    with open(path) as f:
        for line in f:
            if line.startswith("// Env: "):
                for kv in line[len("// Env: "):].split():
                    k, _, v = kv.partition("=")
                    env[k] = v
            elif line.startswith("// Measure: "):
                measures.update(line[len("// Measure: "):].split())
    if "gcpauses" in measures:
        env["GODEBUG"] = ",".join(x for x in (env.get("GODEBUG"), "gctrace=1") if x)
    return env, measures


def run_child(cmd, env):
    """Runs cmd; returns (exit code, stdout, stderr, peak RSS in KiB)."""
    with tempfile.TemporaryFile("w+", errors="replace") as out, tempfile.TemporaryFile("w+", errors="replace") as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        killed = []

        def kill():
            killed.append(True)
            p.kill()

        timer = threading.Timer(TIMEOUT, kill)
        timer.start()
        try:
            # wait4, not Popen.wait: it returns the child's own rusage
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stderr = err.read()
        if killed:
            stderr += "\nkilled after %d s" % TIMEOUT
        return p.returncode, out.read(), stderr, ru.ru_maxrss


def percentile(xs, q):
    """Nearest-rank percentile of the sorted list xs."""
    return xs[max(0, math.ceil(q / 100 * len(xs)) - 1)]


def gc_pauses(stderr):
    """Each cycle stops the world twice (Go and govm alike): A (sweep
    termination) and C (mark termination); B is the concurrent mark."""
    lines = stderr.splitlines()
    if GCSTART in lines:
        lines = lines[lines.index(GCSTART) + 1:]
    pauses, cycles = [], 0
    for line in lines:
        m = GCTRACE.match(line)
        if m:
            a, _, c = (float(x) for x in m.groups())
            pauses += [a, c]
            cycles += 1
    pauses.sort()
    res = {"gc cycles": (cycles, "")}
    if pauses:
        res["pause p50"] = (percentile(pauses, 50), "ms")
        res["pause p99"] = (percentile(pauses, 99), "ms")
        res["pause max"] = (pauses[-1], "ms")
    return res


def measure(cmd, env, runs, measures=()):
    best = {}

    def keep(name, val, unit):
        higher = "speedup" in name
        if name not in best or (val > best[name][0] if higher else val < best[name][0]):
            best[name] = (val, unit)

    for _ in range(runs):
        code, out, err, maxrss = run_child(cmd, env)
        if code != 0:
            return None, ("exit status %d: " % code) + err.strip()[-500:]
        for line in out.splitlines():
            m = LINE.match(line)
            if m:
                keep(m.group(1).strip(), float(m.group(2)), m.group(3).strip())
        if "maxrss" in measures:
            keep("peak RSS", round(maxrss / 1024, 1), "MiB")
        if "gcpauses" in measures:
            for name, (val, unit) in gc_pauses(err).items():
                keep(name, round(val, 3), unit)
    return best, None


def show(val, unit):
    s = "%d" % val if val == int(val) and abs(val) < 1e15 else "%g" % val
    return s + " " + unit if unit else s


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
            env, measures = env_of(b)
            mine, err = measure([a.gorun, b], env, a.runs, measures)
            if mine is None:
                print("| %s | error | %s | | |" % (name, err.replace("\n", " ")))
                continue
            theirs = {}
            if have_go:
                exe = os.path.join(tmp, os.path.basename(b)[:-3])
                genv = dict(env, GO111MODULE="off", GOCACHE=os.path.join(tmp, "cache"))
                bld = subprocess.run(["go", "build", "-o", exe, b], capture_output=True, text=True, env=genv)
                if bld.returncode == 0:
                    theirs, gerr = measure([exe], env, a.runs, measures)
                    if theirs is None:
                        print("| %s | Go error | %s | | |" % (name, gerr.replace("\n", " ")))
                    theirs = theirs or {}
                else:
                    print("| %s | go build error | %s | | |" % (name, bld.stderr.strip().replace("\n", " ")[-500:]))
            for metric, (val, unit) in mine.items():
                g = theirs.get(metric)
                ratio = ""
                if g and g[0]:
                    ratio = "%.2f" % (val / g[0])
                print("| %s | %s | %s | %s | %s |" % (
                    name, metric, show(val, unit), show(*g) if g else "", ratio))
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
