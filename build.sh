#!/bin/sh
# build.sh - installs govm's build dependencies (Debian), builds it with
# meson, and optionally runs the tests.
#
#   ./build.sh                 build (in build/)
#   ./build.sh test            build and run every test suite
#   ./build.sh test asan       the same in an AddressSanitizer+UBSan build (build-asan/)
#   ./build.sh test switch     the same with the portable switch dispatch (build-switch/)
#   ./build.sh test tsan       ThreadSanitizer build (build-tsan/): the concurrency
#                              tests only (stress programs, goroutine/channel/sync
#                              golden tests, C unit tests); any reported race fails
#   ./build.sh test gc         the golden and stress programs with the collector
#                              under stress (a cycle every 11 allocations, freed
#                              memory poisoned) and check-marking every cycle
#
# The test runs end with a line "N passed, M failed".
set -e
cd "$(dirname "$0")"

deps="meson ninja-build gcc pkg-config python3 libgmp-dev libcmocka-dev"
missing=""
for p in $deps; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "build.sh: installing$missing"
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

action=${1:-build}
variant=${2:-default}
case $variant in
default) dir=build; opts="" ;;
asan) dir=build-asan; opts="-Db_sanitize=address,undefined -Db_lundef=false" ;;
switch) dir=build-switch; opts="-Ddispatch=switch" ;;
tsan) dir=build-tsan; opts="-Db_sanitize=thread -Dbuildtype=debugoptimized"; suites="--suite stress --suite conc --suite unit" ;;
gc) dir=build; opts=""; suites="--suite golden --suite stress"; gcdebug="gcstress=11,gccheckmark=1" ;;
*) echo "build.sh: unknown variant $variant" >&2; exit 2 ;;
esac

# Build output is kept quiet when all goes well and shown when it fails.
if [ ! -f "$dir/build.ninja" ]; then
    if ! meson setup "$dir" $opts >"$dir.setup.log" 2>&1; then
        cat "$dir.setup.log"
        echo "build.sh: meson setup failed" >&2
        exit 1
    fi
fi
if ! ninja -C "$dir" >"$dir.ninja.log" 2>&1; then
    tail -60 "$dir.ninja.log"
    echo "build.sh: build failed" >&2
    exit 1
fi

if [ "$action" = test ]; then
    jobs=$(nproc 2>/dev/null || echo 2)
    log="$dir/test-summary-$variant.txt"
    set +e
    if [ -n "${gcdebug:-}" ]; then
        GODEBUG="${GODEBUG:+$GODEBUG,}$gcdebug"
        export GODEBUG
    fi
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        TSAN_OPTIONS=halt_on_error=0:second_deadlock_stack=1 \
        meson test -C "$dir" --num-processes "$jobs" --print-errorlogs ${suites:-} ${gcdebug:+--timeout-multiplier 3} >"$log" 2>&1
    status=$?
    set -e
    grep -E "^ *[0-9]+/[0-9]+ .*(FAIL|TIMEOUT|ERROR)" "$log" || true
    ok=$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' "$log")
    xf=$(sed -n 's/^Expected Fail: *\([0-9]*\).*/\1/p' "$log")
    fail=$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' "$log")
    up=$(sed -n 's/^Unexpected Pass: *\([0-9]*\).*/\1/p' "$log")
    to=$(sed -n 's/^Timeout: *\([0-9]*\).*/\1/p' "$log")
    passed=$(( ${ok:-0} + ${xf:-0} ))
    failed=$(( ${fail:-0} + ${up:-0} + ${to:-0} ))
    if [ -z "$ok" ]; then
        tail -20 "$log"
        failed=$((failed + 1))
    fi
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
fi
