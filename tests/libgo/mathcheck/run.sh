#!/bin/sh
# run.sh [-libc]: compares govm's math package (run under real Go through
# the harness) with real Go, bit for bit, over inputs.txt; with -libc,
# compares the C library with real Go instead (what natives would give).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d /tmp/mathcheck.XXXXXX)
trap 'rm -rf "$work"' EXIT
export GOPATH="$work" GO111MODULE=off GOCACHE="${GOCACHE:-/tmp/gocache}" GOFLAGS=
cd "$here"
[ -f inputs.txt ] || python3 inputs.py
python3 "$here/../prepare.py" "$root/lib/go" "$here/../shim" "$work/src/govmlib"
mkdir -p "$work/src/mathcheck"
cp check.go "$work/src/mathcheck/main.go"
(cd "$work/src/mathcheck" && go build -o "$work/check" .)
"$work/check" < inputs.txt > "$work/want.txt"
if [ "${1:-}" = "-libc" ]; then
    cc -O2 -o "$work/checkc" check.c -lm
    "$work/checkc" < inputs.txt > "$work/got.txt"
else
    "$work/check" -govm < inputs.txt > "$work/got.txt"
fi
python3 compare.py "$work/want.txt" "$work/got.txt"
