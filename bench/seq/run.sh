#!/usr/bin/env bash
# Runs the sequential benchmarks under native Go, govm, Lua 5.4, LuaJIT with
# and without the JIT, and Python 3; checks that every implementation prints
# exactly what native Go prints, and prints a Markdown table of wall-clock
# seconds (user+sys CPU seconds in parentheses). A mismatch is marked with
# "MISMATCH" and the differing outputs are shown after the table.
#
#   bench/seq/run.sh                 # all benchmarks
#   bench/seq/run.sh fib nbody       # some of them
#   GORUN=build/repl/gorun bench/seq/run.sh
#
# Needs: go, lua5.4, luajit, python3 (apt-get install -y golang-go lua5.4 luajit).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
GORUN=${GORUN:-$root/build-sched/repl/gorun}
all="fib loop nbody spectralnorm binarytrees fannkuch mandelbrot mapstr sort strings methods closures"
names=${*:-$all}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

impls="go govm lua5.4 luajit-joff luajit python3"
cmd_for() { # impl name
  case $1 in
    go) echo "$tmp/$2.bin" ;;
    govm) echo "$GORUN $here/$2.go" ;;
    lua5.4) echo "lua5.4 $here/$2.lua" ;;
    luajit-joff) echo "luajit -joff $here/$2.lua" ;;
    luajit) echo "luajit $here/$2.lua" ;;
    python3) echo "python3 $here/$2.py" ;;
  esac
}

report="$tmp/report"
: >"$report"
echo "| benchmark | $(echo $impls | sed 's/ / | /g') |"
echo "|---|$(for i in $impls; do printf -- '---|'; done)"
for name in $names; do
  row="| $name |"
  if ! go build -o "$tmp/$name.bin" "$here/$name.go" 2>"$tmp/$name.build"; then
    echo "go build $name failed:" >>"$report"; cat "$tmp/$name.build" >>"$report"
    continue
  fi
  go run "$here/$name.go" >"$tmp/$name.gorun.out" 2>&1
  for impl in $impls; do
    out="$tmp/$name.$impl.out"
    # shellcheck disable=SC2046
    /usr/bin/time -f "%e %U %S" -o "$tmp/time" $(cmd_for "$impl" "$name") >"$out" 2>"$tmp/$name.$impl.err"
    rc=$?
    # the last line of -o output is the timing; a crash adds a status line first
    read -r wall user sys < <(tail -n 1 "$tmp/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    cell="$wall ($cpu)"
    if [ $rc -ne 0 ]; then
      cell="$cell EXIT $rc"
      { echo "== $name / $impl exited with status $rc; stderr:"; cat "$tmp/$name.$impl.err"; } >>"$report"
    fi
    if ! cmp -s "$out" "$tmp/$name.gorun.out"; then
      cell="$cell MISMATCH"
      { echo "== $name / $impl output differs from go run:"; diff "$tmp/$name.gorun.out" "$out"; } >>"$report"
    fi
    row="$row $cell |"
  done
  echo "$row"
done
if [ -s "$report" ]; then
  echo
  cat "$report"
  exit 1
fi
echo
echo "all outputs identical to go run"
