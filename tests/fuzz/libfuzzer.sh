#!/bin/sh
# The short libFuzzer runs of the test command (tests/fuzz/CMakeLists.txt; docs/testing.md).
#   libfuzzer.sh NAME SECONDS   run fuzz_NAME of the asan tree for SECONDS on a scratch copy of
#                               its corpus
# Exit 77 (skipped) where the asan tree was not built (no clang 14; tests/sanitizers).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)
build="$source/build-asan"

name=${1:?usage: libfuzzer.sh NAME SECONDS}
seconds=${2:?usage: libfuzzer.sh NAME SECONDS}
binary="$build/tests/fuzz/fuzz_$name"
if [ ! -x "$binary" ]; then
    echo "skipped: $binary is not built (tests/sanitizers/sanitizer.sh build asan)"
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
