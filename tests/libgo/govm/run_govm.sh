#!/bin/sh
# run_govm.sh GORUN: runs each program here with Go and with govm's gorun
# and compares their standard output byte for byte.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gorun=${1:?usage: run_govm.sh PATH/TO/gorun}
export GO111MODULE=off GOCACHE="${GOCACHE:-/tmp/gocache}"
pass=0 fail=0
for p in "$here"/*.go; do
    want=$(mktemp) got=$(mktemp)
    (cd "$here" && go run "$(basename "$p")") > "$want" 2>&1
    (cd "$here" && "$gorun" "$(basename "$p")") > "$got" 2>&1
    if cmp -s "$want" "$got"; then
        pass=$((pass + 1)); echo "ok   $(basename "$p") ($(wc -l < "$want") lines)"
    else
        fail=$((fail + 1)); echo "FAIL $(basename "$p")"; diff "$want" "$got" | head -20
    fi
    rm -f "$want" "$got"
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
