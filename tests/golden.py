#!/usr/bin/env python3
"""Runs golden Go programs and compares what they do with what they say.

A golden test is a Go file (or a directory of Go files forming one program)
whose expectations are comments in the source:

  // Output:            stdout must equal the following comment lines
  // line one           ("// " is stripped; a bare "//" is an empty line)
  //
  // Stderr:            stderr must equal the following comment lines
  // Panic: MESSAGE     stderr starts with "panic: MESSAGE" and holds a
  //                    "goroutine 1 [running]:" traceback; exit status 2
  // Fatal: MESSAGE     stderr holds "fatal error: MESSAGE"; exit status 2
  // StderrHas: TEXT    stderr holds this whole line (repeatable), e.g. a
  //                    goroutine header "goroutine 1 [chan receive]:"
  // StderrMatch: RE    some stderr line matches this regular expression
  // Errors:            compile errors: the following lines, exactly, as
  // x.go:3:5: msg      "file:line:col: message"; exit status 1
  // Exit: N            expected exit status (default 0, or as implied above)
  // Args: a b c        command-line arguments after the file
  // Env: K=V K2=V2     extra environment variables
  // Stdin: TEXT        one line of standard input (repeatable)
  // StdinDelay: MS     write the standard input only after MS milliseconds
                        (a program blocked reading it meanwhile)
  // GCStress: N        when the run has GODEBUG=gcstress set (the CI's
                        collector pass), collect every N allocations in
                        this test instead (for tests that allocate a lot)

The program runs with its directory as the working directory and its file
name(s) relative to it, so messages name "x.go".

Usage:
  golden.py --gorun PATH [--xfail FILE] TEST...   run with govm
  golden.py --go TEST...                          check the expectations
                                                   against a Go toolchain
Prints one line per test and finally "N passed, M failed".
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = int(os.environ.get("GOLDEN_TIMEOUT", "60"))


DIRECTIVE = re.compile(r"^// (Output:|Stderr:|Errors:|(Panic|Fatal|StderrHas|StderrMatch|Exit|Args|Env|Stdin|StdinDelay|GCStress):( |$))")


def read_block(lines, i):
    """Collects the comment lines after a block header at index i."""
    out = []
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if DIRECTIVE.match(ln):
            break
        if ln.startswith("// "):
            out.append(ln[3:])
        elif ln.rstrip() == "//":
            out.append("")
        elif ln.startswith("//\t"):
            out.append(ln[2:])
        else:
            break
        j += 1
    return out


def parse_expectations(files):
    exp = {"stdout": None, "stderr": None, "panic": None, "fatal": None,
           "errors": None, "exit": None, "args": [], "env": {}, "stdin": [],
           "stderrhas": [], "stderrmatch": [], "stdin_delay": 0,
           "gcstress": 0}
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
        for i, ln in enumerate(lines):
            s = ln.rstrip()
            if s == "// Output:":
                exp["stdout"] = read_block(lines, i)
            elif s == "// Stderr:":
                exp["stderr"] = read_block(lines, i)
            elif s == "// Errors:":
                exp["errors"] = read_block(lines, i)
            elif s.startswith("// Panic: "):
                exp["panic"] = s[len("// Panic: "):]
            elif s.startswith("// Fatal: "):
                exp["fatal"] = s[len("// Fatal: "):]
            elif s.startswith("// StderrMatch: "):
                exp["stderrmatch"].append(s[len("// StderrMatch: "):])
            elif s.startswith("// StderrHas: "):
                exp["stderrhas"].append(s[len("// StderrHas: "):])
            elif s.startswith("// Exit: "):
                exp["exit"] = int(s[len("// Exit: "):])
            elif s.startswith("// Args:"):
                exp["args"] = s[len("// Args:"):].split()
            elif s.startswith("// Env: "):
                for kv in s[len("// Env: "):].split():
                    k, _, v = kv.partition("=")
                    exp["env"][k] = v
            elif s.startswith("// StdinDelay: "):
                exp["stdin_delay"] = int(s[len("// StdinDelay: "):])
            elif s.startswith("// GCStress: "):
                exp["gcstress"] = int(s[len("// GCStress: "):])
            elif ln.startswith("// Stdin: "):
                exp["stdin"].append(ln[len("// Stdin: "):])
    if exp["exit"] is None:
        if exp["errors"] is not None:
            exp["exit"] = 1
        elif exp["panic"] is not None or exp["fatal"] is not None:
            exp["exit"] = 2
        else:
            exp["exit"] = 0
    return exp


def program_files(test):
    if os.path.isdir(test):
        names = sorted(n for n in os.listdir(test) if n.endswith(".go"))
        return test, names
    return os.path.dirname(test) or ".", [os.path.basename(test)]


def block_text(lines):
    return "".join(ln + "\n" for ln in lines)


def diff(what, want, got):
    import difflib
    d = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                             "want " + what, "got " + what)
    return "".join(d)


def check(exp, rc, out, err):
    """Returns a list of problems (empty when the run matches)."""
    probs = []
    if exp["errors"] is not None:
        want = block_text(exp["errors"])
        if err != want:
            probs.append(diff("compile errors", want, err))
    if exp["stdout"] is not None:
        want = block_text(exp["stdout"])
        if out != want:
            probs.append(diff("stdout", want, out))
    elif exp["errors"] is None and out != "":
        probs.append("unexpected stdout:\n" + out[:2000])
    if exp["stderr"] is not None:
        want = block_text(exp["stderr"])
        if err != want:
            probs.append(diff("stderr", want, err))
    if exp["panic"] is not None:
        first = err.split("\n", 1)[0]
        if not (first == "panic: " + exp["panic"] or
                first.startswith("panic: " + exp["panic"] + " [recovered]")):
            probs.append("want panic: %s\ngot stderr:\n%s" % (exp["panic"], err[:2000]))
        elif "goroutine 1 [running]:" not in err and "goroutine " not in err:
            probs.append("panic without traceback:\n" + err[:2000])
    if exp["fatal"] is not None:
        if "fatal error: " + exp["fatal"] not in err:
            probs.append("want fatal error: %s\ngot stderr:\n%s" % (exp["fatal"], err[:2000]))
    for line in exp["stderrhas"]:
        if line not in err.split("\n"):
            probs.append("want stderr line %r\ngot stderr:\n%s" % (line, err[:2000]))
    for rx in exp["stderrmatch"]:
        if not any(re.search(rx, line) for line in err.split("\n")):
            probs.append("want a stderr line matching %r\ngot stderr:\n%s" % (rx, err[:2000]))
    if (exp["stderr"] is None and exp["panic"] is None and exp["fatal"] is None
            and not exp["stderrhas"] and not exp["stderrmatch"] and exp["errors"] is None
            and err != ""):
        probs.append("unexpected stderr:\n" + err[:2000])
    if rc != exp["exit"]:
        probs.append("exit status %d, want %d" % (rc, exp["exit"]))
    return probs


def run(cmd, cwd, exp):
    env = dict(os.environ)
    env.update(exp["env"])
    # GODEBUG settings of the test add to those of the run (gcstress, ...)
    if "GODEBUG" in exp["env"] and os.environ.get("GODEBUG"):
        env["GODEBUG"] = os.environ["GODEBUG"] + "," + exp["env"]["GODEBUG"]
    if exp["gcstress"] and "gcstress=" in env.get("GODEBUG", ""):
        env["GODEBUG"] += ",gcstress=%d" % exp["gcstress"]
    stdin = "".join(s + "\n" for s in exp["stdin"]).encode()
    rfd, wfd = os.pipe()
    p = subprocess.Popen(cmd, cwd=cwd, stdin=rfd, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    os.close(rfd)

    def feed():
        if exp["stdin_delay"]:
            time.sleep(exp["stdin_delay"] / 1000)
        w = os.fdopen(wfd, "wb")
        try:
            w.write(stdin)
            w.close()
        except (OSError, ValueError):
            pass  # the program exited without reading everything
        finally:
            try:
                w.close()
            except (OSError, ValueError):
                pass
    writer = threading.Thread(target=feed)
    writer.start()
    try:
        out, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        writer.join()
        return None, "", "timeout after %ds" % TIMEOUT
    writer.join()
    return (p.returncode,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"))


def run_govm(gorun, test, exp):
    cwd, names = program_files(test)
    return run([os.path.abspath(gorun)] + names + exp["args"], cwd, exp)


def run_go(test, exp):
    """Builds with the Go toolchain and normalises its messages to govm's form."""
    cwd, names = program_files(test)
    with tempfile.TemporaryDirectory() as td:
        binp = os.path.join(td, "prog")
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="", GOCACHE=os.path.join(td, "cache"))
        b = subprocess.run(["go", "build", "-o", binp] + names, cwd=cwd,
                           capture_output=True, env=env)
        if b.returncode != 0:
            lines = []
            for ln in b.stderr.decode().split("\n"):
                if not ln or ln.startswith("#"):
                    continue
                ln = re.sub(r"^\./", "", ln)
                # Go 1.19 wording -> the Go 1.20+ wording govm follows
                ln = re.sub(r": (\S+) declared but not used$", r": declared and not used: \1", ln)
                ln = re.sub(r": imported and not used: (\S+)$", r": \1 imported and not used", ln)
                lines.append(ln)
            return 1, "", "".join(l + "\n" for l in lines)
        return run([binp] + exp["args"], cwd, exp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gorun")
    ap.add_argument("--go", action="store_true")
    ap.add_argument("--xfail")
    ap.add_argument("-q", action="store_true", help="print failures only")
    ap.add_argument("tests", nargs="+")
    a = ap.parse_args()
    xfail = set()
    if a.xfail and os.path.exists(a.xfail):
        with open(a.xfail) as fh:
            for ln in fh:
                ln = ln.split("#", 1)[0].strip()
                if ln:
                    xfail.add(ln)
    passed = failed = 0
    for t in a.tests:
        files = [os.path.join(*program_files(t)[0:1], n) for n in program_files(t)[1]]
        exp = parse_expectations(files)
        if a.go:
            rc, out, err = run_go(t, exp)
        else:
            rc, out, err = run_govm(a.gorun, t, exp)
        probs = ["timed out"] if rc is None else check(exp, rc, out, err)
        name = os.path.basename(t.rstrip("/"))
        expected_fail = name in xfail or os.path.splitext(name)[0] in xfail
        ok = (not probs) != expected_fail
        if ok:
            passed += 1
            if not a.q:
                print("ok   %s%s" % (t, " (expected failure)" if expected_fail else ""))
        else:
            failed += 1
            if expected_fail:
                print("FAIL %s: listed as an expected failure but passes; "
                      "remove it from the list" % t)
            else:
                print("FAIL %s" % t)
                for p in probs:
                    print("    " + p.replace("\n", "\n    "))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
