#!/bin/sh
# run_real_go.sh - tests govm's Go standard library sources under real Go.
#
# Copies lib/go/<pkg> into a temporary GOPATH as govmlib/<pkg>, rewrites the
# imports among those packages, drops the body-less (native) declarations
# and adds real-Go implementations of them from shim/<pkg>/. Then runs every
# comparison program cmp/*.go, which computes with both the real packages
# and govmlib's and reports mismatches. Exit status 1 if any comparison
# fails.
#
# Usage: tests/libgo/run_real_go.sh [cmp/NAME.go ...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/govmlib.XXXXXX)
trap 'rm -rf "$work"' EXIT
export GOPATH="$work" GO111MODULE=off GOCACHE="${GOCACHE:-/tmp/gocache}" GOFLAGS=
python3 "$here/prepare.py" "$root/lib/go" "$here/shim" "$work/src/govmlib"
status=0
if [ $# -gt 0 ]; then progs="$*"; else progs=$(ls "$here"/cmp/*.go); fi
for prog in $progs; do
    case "$prog" in /*) ;; *) prog="$here/$prog" ;; esac
    name=$(basename "$prog" .go)
    mkdir -p "$work/src/cmp_$name"
    cp "$prog" "$work/src/cmp_$name/main.go"
    if ! (cd "$work/src/cmp_$name" && go run .); then
        status=1
    fi
done
exit $status
