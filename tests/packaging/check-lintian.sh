#!/usr/bin/env bash
# lintian on the package: no error, and every warning is one docs/packaging.md lists with its
# reason (its table under "## Lintian"). Informational tags are shown, not judged.
# Usage: check-lintian.sh PACKAGE_DIR SOURCE_DIR
set -euo pipefail

deb=$(echo "$1"/idleguard_*.deb)
doc=$2/docs/packaging.md

status=0
# --fail-on none: the verdict is this script's; an exit status above 0 is lintian failing to run.
report=$(lintian --display-info --tag-display-limit 0 --fail-on none "$deb" 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    echo "$report" >&2
    echo "FAIL: lintian did not run (exit status $status)" >&2
    exit 1
fi
report=$(grep -v '^running with root privileges' <<<"$report" || true)
[ -z "$report" ] || echo "$report"

# shellcheck disable=SC2016 # the backquotes are Markdown's, not the shell's
listed=$(sed -n '/^## Lintian/,/^## /p' "$doc" | grep -oE '^\| `[a-z0-9.+-]+` \|' | tr -d '|` ')
failures=0
while read -r level _ tag _; do
    case "$level" in
    E:)
        echo "FAIL: lintian error $tag" >&2
        failures=$((failures + 1))
        ;;
    W:)
        if ! grep -qxF "$tag" <<<"$listed"; then
            echo "FAIL: lintian warning $tag is not listed with a reason in docs/packaging.md" >&2
            failures=$((failures + 1))
        fi
        ;;
    esac
done <<<"$report"
[ "$failures" -eq 0 ] || exit 1
echo "lintian: no errors, $(grep -c '^W:' <<<"$report" || true) warning(s) (each listed in docs/packaging.md), $(grep -c '^I:' <<<"$report" || true) informational"
