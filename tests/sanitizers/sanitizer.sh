#!/bin/sh
# The sanitizer builds of the test command (tests/sanitizers/CMakeLists.txt; docs/testing.md).
#   sanitizer.sh build PRESET   configure and build the asan or tsan preset (clang 14) in build-PRESET
#   sanitizer.sh test PRESET    run that tree's unit and integration tests (its test preset)
# Exit 77 (skipped) where clang 14 or its sanitizer runtimes are not installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)
preset=${2:-}
case "$preset" in
asan | tsan) ;;
*)
    echo "usage: $0 build|test asan|tsan" >&2
    exit 2
    ;;
esac
build="$source/build-$preset"

case "${1:-}" in
build)
    if ! command -v clang++-14 >/dev/null 2>&1 \
        || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
        echo "skipped: clang++-14 and libclang-rt-14-dev are needed (packaging/deps/test.txt)"
        exit 77
    fi
    launcher=
    if command -v ccache >/dev/null 2>&1; then
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
    cd "$source"
    mkdir -p "$build" # the log goes inside the tree, never beside the sources
    cmake --preset "$preset" $launcher >"$build/configure.log" 2>&1 || {
        cat "$build/configure.log"
        exit 1
    }
    cmake --build --preset "$preset"
    ;;
test)
    if [ ! -f "$build/CTestTestfile.cmake" ]; then
        echo "skipped: $build is not built (sanitizer.sh build $preset)"
        exit 77
    fi
    cd "$source"
    # The preset picks the labels, the sanitizer options and the suppressions.
    exec ctest --preset "$preset"
    ;;
*)
    echo "usage: $0 build|test asan|tsan" >&2
    exit 2
    ;;
esac
