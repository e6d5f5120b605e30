#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Idle Guard need.
# Unattended and idempotent: a package already installed is not touched, and when
# everything is present the script does nothing (no apt-get update, no root needed).
# Usage: packaging/install-deps.sh [build|test|all]   (default: all)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
what=${1:-all}

# One package per line in the lists; '#' starts a comment. A line may name a command after the
# package ("npm npm"): when that command is already on PATH the package counts as present, so a
# Node.js from elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's) is kept.
read_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/deps/$1.txt"; }

case "$what" in
build) wanted=$(read_list build) ;;
test | all) wanted=$(read_list build; read_list test) ;;
*)
    echo "usage: $0 [build|test|all]" >&2
    exit 2
    ;;
esac

missing=()
while read -r pkg command; do
    [ -n "$pkg" ] || continue
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [[ "$status" == ii* ]] && continue
    [ -n "${command:-}" ] && command -v "$command" >/dev/null 2>&1 && continue
    missing+=("$pkg")
done <<<"$wanted"


if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything needed (${what}) is installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
