#!/bin/sh
# The short libFuzzer runs of the test command (tests/fuzz/CMakeLists.txt; docs/testing.md).
#   libfuzzer.sh build              configure and build the `fuzz` preset (clang 14) in build-fuzz
#   libfuzzer.sh run NAME SECONDS   run fuzz_NAME for SECONDS on a scratch copy of its corpus
# Exit 77 (skipped) where clang 14 or its libFuzzer runtime is not installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)
build="$source/build-fuzz"

case "${1:-}" in
build)
    if ! command -v clang++-14 >/dev/null 2>&1 \
        || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
        echo "skipped: clang++-14 and libclang-rt-14-dev are needed (packaging/deps/test.txt)"
        exit 77
    fi
    launcher=
    if command -v ccache >/dev/null 2>&1; then
        launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
    cd "$source"
    # Only the fuzzers and the libraries they link are built (the preset's target).
    cmake --preset fuzz $launcher >"$build.configure.log" 2>&1 || {
        cat "$build.configure.log"
        exit 1
    }
    cmake --build --preset fuzz
    ;;
run)
    name=$2
    seconds=$3
    binary="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$binary" ]; then
        echo "skipped: $binary is not built (libfuzzer.sh build)"
        exit 77
    fi
    work="$build/tests/fuzz/short/$name"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    # libFuzzer exits 77 on a finding by default: the skip code of these tests.
    set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -error_exitcode=1 -timeout_exitcode=1 \
        -artifact_prefix="$work/artifacts/"
    if [ -f "$here/dictionaries/$name.dict" ]; then
        set -- "$@" -dict="$here/dictionaries/$name.dict"
    fi
    # New inputs go to the first directory; the committed corpus is only read.
    set -- "$@" "$work/corpus" "$here/corpus/$name"
    if [ -d "$here/regressions/$name" ]; then
        set -- "$@" "$here/regressions/$name"
    fi
    echo "$binary $*"
    exec "$binary" "$@"
    ;;
*)
    echo "usage: $0 build | run NAME SECONDS" >&2
    exit 2
    ;;
esac
