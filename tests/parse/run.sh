#!/bin/sh
# run.sh - checks the lexer and parser against the files of tests/parse.
#
# Usage: tests/parse/run.sh DRIVER [--update]
#
# DRIVER is a built tests/unit/parse_dump (this script builds nothing).
# For each NAME.go here:
#   - if it has a "// Errors:" comment block, the driver's diagnostics must
#     be exactly the block's lines (golden.py's format, "// " stripped) and
#     its exit status 1;
#   - otherwise it must parse without diagnostics and its AST dump must
#     equal NAME.ast;
#   - files named repl_*.go are parsed as REPL input, and NAME.ast holds
#     the dump, the "incomplete" mark and the diagnostics, if any.
# --update rewrites the .ast files from the driver's output (inspect the
# diff before committing it).
# Prints one line per failure and finally "N passed, M failed".

if [ $# -lt 1 ]; then
    echo "usage: $0 DRIVER [--update]" >&2
    exit 2
fi
case $1 in
/*) driver=$1 ;;
*) driver=$(pwd)/$1 ;;
esac
update=0
[ "$2" = "--update" ] && update=1
cd "$(dirname "$0")" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The expected diagnostics: the comment lines after "// Errors:".
expected_errors() {
    awk '
        done { next }
        inblock && /^\/\/ / { print substr($0, 4); next }
        inblock && /^\/\/$/ { print ""; next }
        inblock { done = 1; next }
        /^\/\/ Errors:$/ { inblock = 1 }
    ' "$1"
}

passed=0
failed=0
fail() {
    failed=$((failed + 1))
    echo "FAIL $1: $2"
    [ -n "$3" ] && sed 's/^/    /' "$3"
}

for f in *.go; do
    name=${f%.go}
    if grep -q '^// Errors:$' "$f"; then
        expected_errors "$f" > "$tmp/want"
        "$driver" -q "$f" > /dev/null 2> "$tmp/got"
        status=$?
        if ! diff -u "$tmp/want" "$tmp/got" > "$tmp/diff"; then
            fail "$f" "diagnostics differ" "$tmp/diff"
        elif [ $status -ne 1 ]; then
            fail "$f" "exit status $status, want 1"
        else
            passed=$((passed + 1))
        fi
        continue
    fi
    case $name in
    repl_*)
        # REPL input: the dump, "incomplete" and any diagnostics, together
        "$driver" -repl "$f" > "$tmp/got" 2>&1
        : > "$tmp/err"
        status=0 ;;
    *)
        "$driver" "$f" > "$tmp/got" 2> "$tmp/err"
        status=$? ;;
    esac
    if [ $update -eq 1 ] && [ $status -eq 0 ]; then
        cp "$tmp/got" "$name.ast"
    fi
    if [ -s "$tmp/err" ] || [ $status -ne 0 ]; then
        fail "$f" "unexpected diagnostics (exit status $status)" "$tmp/err"
    elif [ ! -f "$name.ast" ]; then
        fail "$f" "missing $name.ast"
    elif ! diff -u "$name.ast" "$tmp/got" > "$tmp/diff"; then
        fail "$f" "AST differs from $name.ast" "$tmp/diff"
    else
        passed=$((passed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
